import type { EscalationBody } from './types';

// European Union. Each fact carries where it was checked (docs/fact-check.md has the details).

const CHECKED = '2026-12-07';
const FIN_NET = 'https://ec.europa.eu/finance/fin-net/how_en.htm';
const PSD2 = 'https://eur-lex.europa.eu/eli/dir/2015/2366/oj';

const EU_ADR: EscalationBody = {
  id: 'eu-adr',
  region: 'EU',
  name: {
    en: 'Your country’s payment complaint body (FIN-NET list)',
    zh: '所在国的支付纠纷调解机构（FIN-NET 名录）',
  },
  kind: 'ombudsman',
  contact: [
    {
      href: 'https://finance.ec.europa.eu/consumer-finance-and-payments/retail-financial-services/financial-dispute-resolution-network-fin-net_en',
      label: { en: 'Find your national body (FIN-NET)', zh: '查找所在国机构（FIN-NET）' },
      source: 'https://finance.ec.europa.eu/',
      unverified: true,
    },
  ],
  purpose: {
    en: 'Out-of-court dispute resolution for payment and banking complaints, country by country.',
    zh: '各国设立的支付、银行纠纷庭外调解机构。',
  },
  cta: {
    en: 'Go to your country’s payment complaint body (see the FIN-NET list).',
    zh: '向所在国的支付纠纷调解机构申诉（见 FIN-NET 名录）。',
  },
  // Directive (EU) 2015/2366 (PSD2) Art. 101(2): answer within 15 business days, up to 35 when
  // the provider explains the delay. Read only in third-party copies of the directive's text.
  notes: [
    {
      en: 'The payment provider answers within 15 business days (35 in exceptional cases).',
      zh: '支付机构须在15个工作日内答复（特殊情况最多35个工作日）。',
      source: PSD2,
      unverified: true,
    },
  ],
  source: FIN_NET,
  checked: CHECKED,
  sourceName: 'European Commission: How to use FIN-NET',
};

const EUROPOL = 'https://www.europol.europa.eu/report-a-crime/report-cybercrime-online';

const EU_POLICE: EscalationBody = {
  id: 'eu-police',
  region: 'EU',
  name: { en: 'Your national police (Europol list)', zh: '所在国警方（欧洲刑警组织名录）' },
  kind: 'police',
  contact: [
    {
      href: EUROPOL,
      label: { en: 'Find where to report in your country', zh: '查找本国报案渠道' },
      source: EUROPOL,
      unverified: true,
    },
  ],
  purpose: {
    en: 'Report fraud to the police of the country you live in.',
    zh: '向居住国警方报案。',
  },
  cta: {
    en: 'Report the fraud to the police in your country.',
    zh: '向所在国警方报案。',
  },
  source: EUROPOL,
  unverified: true,
  sourceName: 'Europol: Report cybercrime online',
};

export const EU_BODIES: readonly EscalationBody[] = [EU_ADR, EU_POLICE];
