/** The words of report.html, in both languages (the report is in the exporting user's). */
export const TEXT = {
  en: {
    title: 'Evidence report',
    provider: 'Provider',
    status: 'Status',
    situation: 'Situation',
    created: 'Opened',
    transactions: 'Transactions',
    timeline: 'Timeline',
    evidence: 'Evidence',
    captured: 'Captured',
    url: 'Address',
    pageTitle: 'Page title',
    note: 'Note',
    digest: 'Record digest (SHA-256)',
    prev: 'Previous digest',
    files: 'Files',
    deleted: 'Deleted by the user on',
    none: 'None',
    generated: 'Generated',
    by: 'by Wallet Witness',
    checks: 'What the checks prove',
    sums: 'SHA256SUMS proves that the files are unchanged since export, not who made them: anyone can recompute it. To check, run sha256sum -c SHA256SUMS in the unpacked folder.',
    chain:
      'Each record digest covers the record before it (a hash chain over the whole evidence log of the browser that captured it), so a record cannot be edited, removed or reordered without the chain breaking. The records of other cases between them are listed in manifest.json by number and digest only.',
    signed:
      "manifest.json is signed by this install's key. The signature proves that manifest.json, which holds every record's id, sequence number and digest and every file's SHA-256, was made by the holder of that key; it does not prove that the content is true. Key fingerprint (SHA-256 of the public key in signing-key.pem, DER form):",
    signedCheck: 'To check: openssl dgst -sha256 -verify signing-key.pem -signature manifest.json.sig manifest.json',
    unsigned: 'This bundle is not signed: nothing in it says which install made it.',
    coverage:
      'The case details and the timeline above are not covered by the hash chain: they can be edited in the extension at any time. The signature covers them only as they were at export.',
    coverageUnsigned:
      'The case details and the timeline above are not covered by the hash chain or by a signature: they can be edited at any time.',
    imported: 'Imported evidence',
    importedNote:
      "Imported evidence is not part of this browser's log: it keeps the sequence numbers and digests of the log it was captured in and is checked against the bundle it came in, which is included here verbatim.",
    problems: 'Problems',
    legacy: "Imported by an earlier version, which added it to this browser's log (originally #$1)",
  },
  zh: {
    title: '证据报告',
    provider: '服务商',
    status: '状态',
    situation: '情况',
    created: '创建时间',
    transactions: '交易',
    timeline: '时间线',
    evidence: '证据',
    captured: '采集时间',
    url: '网址',
    pageTitle: '页面标题',
    note: '备注',
    digest: '记录摘要（SHA-256）',
    prev: '上一条摘要',
    files: '文件',
    deleted: '用户删除于',
    none: '无',
    generated: '生成时间',
    by: '由钱包维权助手生成',
    checks: '各项校验能证明什么',
    sums: 'SHA256SUMS 证明文件自导出后未被改动，但不能证明文件由谁生成：任何人都可以重新计算它。核对方法：在解压后的文件夹中运行 sha256sum -c SHA256SUMS。',
    chain:
      '每条记录的摘要都包含上一条记录的摘要（覆盖采集浏览器的整个证据日志的哈希链），因此修改、删除或调换记录都会使哈希链断开。两条记录之间属于其他投诉的记录在 manifest.json 中只列出编号和摘要。',
    signed:
      'manifest.json 由本安装的密钥签名。签名证明 manifest.json（包含每条记录的编号、序号和摘要以及每个文件的 SHA-256）由该密钥的持有者生成，但不能证明其内容属实。密钥指纹（signing-key.pem 中公钥 DER 形式的 SHA-256）：',
    signedCheck: '核对方法：openssl dgst -sha256 -verify signing-key.pem -signature manifest.json.sig manifest.json',
    unsigned: '此证据包未签名：无法得知由哪个安装生成。',
    coverage: '上面的投诉详情和时间线不在哈希链保护范围内：可以随时在扩展中修改。签名只保证它们在导出时的内容。',
    coverageUnsigned: '上面的投诉详情和时间线既不在哈希链保护范围内，也没有签名：可以随时修改。',
    imported: '导入的证据',
    importedNote:
      '导入的证据不属于本浏览器的证据日志：它保留采集时所在日志的序号和摘要，并按其所在的原始证据包核对；原始证据包原样附在本证据包中。',
    problems: '问题',
    legacy: '由早期版本导入，已并入本浏览器的证据日志（原编号 #$1）',
  },
} as const;

export type ReportText = (typeof TEXT)[keyof typeof TEXT];

export const STATUS = {
  en: {
    draft: 'Draft',
    filed: 'Filed',
    'awaiting-reply': 'Awaiting reply',
    escalated: 'Escalated',
    resolved: 'Resolved',
    closed: 'Closed',
  },
  zh: { draft: '草稿', filed: '已提交', 'awaiting-reply': '等待回复', escalated: '已升级', resolved: '已解决', closed: '已关闭' },
} as const;

export const SITUATION = {
  en: { 'failed-transfer': 'Failed transfer', fraud: 'Fraud or scam', refund: 'Refund', security: 'Account security', other: 'Other' },
  zh: { 'failed-transfer': '转账失败', fraud: '诈骗', refund: '退款', security: '账户安全', other: '其他' },
} as const;
