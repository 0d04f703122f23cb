import type { SituationDef } from '../types';

// GUIDANCE-FACTS §3 "Account security".

export const SECURITY: SituationDef = {
  id: 'security',
  title: { en: 'Keep your account safe', zh: '账户安全' },
  intro: {
    en: 'Habits that make taking over your account much harder.',
    zh: '养成这些习惯，账户被盗的风险会大大降低。',
  },
  urgent: false,
  steps: [
    {
      id: 'two-step',
      text: {
        en: 'Turn on two-step verification; an authenticator app is safer than SMS.',
        zh: '开启双重验证；验证器App比短信验证码更安全。',
      },
    },
    {
      id: 'password',
      text: {
        en: 'Use a strong password you use nowhere else, and change it from time to time.',
        zh: '使用高强度密码，不与其他网站共用，并定期更换。',
      },
    },
    {
      id: 'public-wifi',
      text: {
        en: 'Don’t log in or move money on public Wi‑Fi.',
        zh: '不要在公共Wi‑Fi下登录或转账。',
      },
    },
    {
      id: 'official-apps',
      text: {
        en: 'Install apps only from official app stores or {provider}’s own site.',
        zh: '只从官方应用商店或{provider}官网下载App。',
      },
    },
    {
      id: 'unsolicited',
      text: {
        en: 'Distrust unexpected calls, texts and links, even official-looking ones. Never share a code.',
        zh: '警惕陌生来电、短信和链接，哪怕看起来像官方；验证码绝不告诉任何人。',
      },
    },
    {
      id: 'if-compromised',
      text: {
        en: 'Think someone got in? Contact {provider} right away to lock the account.',
        zh: '怀疑账户被盗？立即联系{provider}冻结账户。',
      },
      action: 'channels',
    },
  ],
};
