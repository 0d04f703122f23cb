import type { RegionId } from '../../sites/types';
import { REGIONS } from '../regions';
import type { SituationDef } from '../types';

// GUIDANCE-FACTS §2 "After filing": keep evidence, check progress, escalate, know your rights.

const RIGHTS = Object.fromEntries((Object.keys(REGIONS) as RegionId[]).map((r) => [r, REGIONS[r].general])) as Record<
  RegionId,
  (typeof REGIONS)[RegionId]['general']
>;

export const FOLLOW_UP: SituationDef = {
  id: 'follow-up',
  title: { en: 'Following up', zh: '跟进投诉' },
  intro: {
    en: 'Keep records, keep asking, escalate when time runs out.',
    zh: '留好记录，持续跟进，超时就升级投诉。',
  },
  urgent: false,
  steps: [
    {
      id: 'keep-evidence',
      text: {
        en: 'Keep everything: chats, emails, screenshots and ticket numbers. Log every contact.',
        zh: '保存全部材料：聊天记录、邮件、截图和工单号，每次沟通都做记录。',
      },
      action: 'capture',
    },
    {
      id: 'check-progress',
      text: {
        en: 'Check progress regularly. No update for a few days? Ask again.',
        zh: '定期查看进度；几天没有进展，就再次催问。',
      },
    },
    {
      id: 'escalate-internal',
      text: {
        en: 'No fair answer in time? Ask for a higher level of customer service or a formal complaint.',
        zh: '超时未得到合理答复？要求升级到上级客服，或提交正式投诉。',
      },
    },
    {
      id: 'escalate-external',
      text: {
        en: 'Then go to a third party: a consumer body, the regulator or an ombudsman.',
        zh: '之后可以找第三方：消费者组织、监管部门或申诉专员。',
      },
      link: { regulator: true },
      textFromBody: true,
      action: 'escalation',
    },
    {
      id: 'know-your-rights',
      text: REGIONS.GLOBAL.general,
      textByRegion: RIGHTS,
    },
  ],
};
