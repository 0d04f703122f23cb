import type { Situation } from '../db/types';
import type { Localized, RegionId, WalletSite } from '../sites/types';
import { coverageNote } from './coverage';
import { shownFact } from './facts';
import { bodyForRole, REGIONS, regulatorFor } from './regions';
import type { BodyRole, EscalationBody, ProviderKind, ResolvedLink, SourcedFact } from './types';

/**
 * Registry ids that are licensed payment institutions in China whatever category their registry
 * entry gives them: complaints about them go to the central bank's 12363, not to 12315.
 */
const CN_PAYMENT_INSTITUTIONS: ReadonlySet<string> = new Set(['alipay', 'wechatpay', 'unionpay']);

/** Self-custody wallet software: no provider holds the funds, so payment rules do not apply. */
const SELF_CUSTODY: ReadonlySet<string> = new Set(['metamask']);

/**
 * Who a complaint about `site` is against, for escalation purposes; undefined when unknown.
 * Explorers only display the chain and self-custody wallets hold nothing: `crypto`, a crypto
 * asset with no firm holding it, so no payment or consumer rules apply to the site itself.
 */
export function providerKindFor(site: WalletSite | null | undefined): ProviderKind | undefined {
  if (!site) return undefined;
  if (SELF_CUSTODY.has(site.id) || site.category === 'explorer') return 'crypto';
  if (CN_PAYMENT_INSTITUTIONS.has(site.id)) return 'payment-app';
  return site.category;
}

export interface EscalationSuggestion {
  id: string;
  text: Localized;
  body?: EscalationBody;
  /** The body's primary contact (tel:/https:). */
  link?: ResolvedLink;
  /** Where the suggestion's fact (the contact, or a coverage note) was checked. */
  fact?: SourcedFact;
}

const INTERNAL: EscalationSuggestion = {
  id: 'provider-higher-level',
  text: {
    en: 'Ask the provider to escalate: a formal complaint or a supervisor, quoting your ticket number.',
    zh: '要求平台升级处理：提交正式投诉或要求主管处理，并报上工单号。',
  },
};

function fromBody(body: EscalationBody): EscalationSuggestion {
  const contact = body.contact[0];
  if (!contact) return { id: body.id, text: body.cta, body, fact: shownFact(body) };
  const link = { href: contact.href, label: contact.label };
  return { id: body.id, text: body.cta, body, link, fact: shownFact(contact, body) };
}

const POLICE_ROLES: readonly BodyRole[] = ['police', 'policeAlt', 'antiFraud'];

/**
 * The next step(s) once a deadline has passed without a satisfactory answer, in order: the
 * provider's own higher level, then (for fraud, and for crypto-asset providers where the region
 * sends them to the police) police and anti-fraud line, then the region's body for this provider
 * (CN: 12363 payment institutions, 12378 banks, 12315 merchants; UK: FOS; EU: national ADR;
 * US: CFPB) or, where that body does not cover the provider, the reason why, then the region's
 * "know your rights" line. GLOBAL gets general advice instead of bodies.
 */
export function escalationSuggestion(
  region: RegionId,
  caseSituation: Situation,
  siteCategory?: ProviderKind | null,
): EscalationSuggestion[] {
  const out: EscalationSuggestion[] = [INTERNAL];
  const note = coverageNote(region, siteCategory);
  if (caseSituation === 'fraud' || (note && region === 'CN')) {
    for (const role of POLICE_ROLES) {
      const body = bodyForRole(region, role);
      if (body) out.push(fromBody(body));
    }
  }
  const regulator = regulatorFor(region, siteCategory ?? undefined);
  if (regulator) out.push(fromBody(regulator));
  else if (note) out.push({ id: note.id, text: note.text, fact: shownFact(note) });
  out.push({ id: 'know-your-rights', text: REGIONS[region].general });
  return out;
}
