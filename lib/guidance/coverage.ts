import type { Localized, RegionId } from '../sites/types';
import type { ProviderKind, SourcedFact } from './types';

/** Why a region's usual complaint body is not the route for a provider, and what is. */
export type CoverageNote = SourcedFact & { id: string; text: Localized };

/** Crypto-asset providers: exchanges, and pages where no firm holds the funds. */
export function isCryptoProvider(provider: ProviderKind | null | undefined): boolean {
  return provider === 'exchange' || provider === 'crypto' || provider === 'explorer';
}

const NOTES: Partial<Record<RegionId, CoverageNote>> = {
  // FCA: cryptoasset businesses are registered under the Money Laundering Regulations, the FCA
  // being their AML/CTF supervisor; a new regime (FSMA authorisation) is expected on
  // 25 October 2027. Until then the ombudsman's rules (DISP) do not reach them.
  UK: {
    id: 'uk-crypto-not-covered',
    text: {
      en: 'The Financial Ombudsman generally cannot take crypto-asset complaints: the FCA registers crypto firms for anti-money-laundering only, until its new regime starts (expected October 2027). A complaint about your bank or card payment still goes the usual way.',
      zh: '英国金融申诉专员一般不受理加密资产投诉：在新监管制度（预计2027年10月）实施前，FCA 对加密企业的登记仅限反洗钱。针对银行转账或银行卡付款的投诉仍可走常规途径。',
    },
    source: 'https://www.fca.org.uk/firms/financial-crime/cryptoassets-aml-ctf-regime',
    checked: '2026-12-07',
    sourceName: 'FCA: Cryptoassets AML / CTF regime',
  },
  // 关于进一步防范和处置虚拟货币交易炒作风险的通知（银发〔2021〕237号）: virtual-currency business
  // activities are illegal financial activities. Read only in third-party reports of it.
  CN: {
    id: 'cn-crypto-police',
    text: {
      en: 'Virtual-currency exchange business is illegal in mainland China (since 2021), so 12315 and 12378 do not take these complaints. If you were defrauded, report it to the police: 110, or 96110 for advice.',
      zh: '虚拟货币相关业务在中国大陆属于非法金融活动（2021年起），12315、12378 不受理此类投诉。如遭诈骗，请向警方报案：拨打110，或拨打96110咨询。',
    },
    source: 'https://www.pbc.gov.cn/',
    unverified: true,
    sourceName: '关于进一步防范和处置虚拟货币交易炒作风险的通知（银发〔2021〕237号）',
  },
};

/** The note for a crypto-asset provider in a region whose usual body does not cover it. */
export function coverageNote(region: RegionId, provider: ProviderKind | null | undefined): CoverageNote | null {
  return isCryptoProvider(provider) ? (NOTES[region] ?? null) : null;
}

/** Every coverage note, for the fact check. */
export const COVERAGE_NOTES: readonly CoverageNote[] = Object.values(NOTES);
