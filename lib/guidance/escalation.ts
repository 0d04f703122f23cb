import type { Situation } from '../db/types';
import type { Localized, RegionId, WalletSite } from '../sites/types';
import { bodyForRole, REGIONS, regulatorFor } from './regions';
import type { EscalationBody, ProviderKind, ResolvedLink } from './types';

/**
 * Registry ids that are licensed payment institutions in China whatever category their registry
 * entry gives them: complaints about them go to the central bank's 12363, not to 12315.
 */
const CN_PAYMENT_INSTITUTIONS: ReadonlySet<string> = new Set(['alipay', 'wechatpay', 'unionpay']);

/** Self-custody wallet software: no provider holds the funds, so payment rules do not apply. */
const SELF_CUSTODY: ReadonlySet<string> = new Set(['metamask']);

/**
 * Who a complaint about `site` is against, for escalation purposes; undefined when unknown.
 * Explorers only display the chain, so the provider is whoever sent the payment: unknown.
 */
export function providerKindFor(site: WalletSite | null | undefined): ProviderKind | undefined {
  if (!site || SELF_CUSTODY.has(site.id) || site.category === 'explorer') return undefined;
  if (CN_PAYMENT_INSTITUTIONS.has(site.id)) return 'payment-app';
  return site.category;
}

export interface EscalationSuggestion {
  id: string;
  text: Localized;
  body?: EscalationBody;
  /** The body's primary contact (tel:/https:). */
  link?: ResolvedLink;
}

const INTERNAL: EscalationSuggestion = {
  id: 'provider-higher-level',
  text: {
    en: 'Ask the provider to escalate: a formal complaint or a supervisor, quoting your ticket number.',
    zh: '要求平台升级处理：提交正式投诉或要求主管处理，并报上工单号。',
  },
};

function fromBody(body: EscalationBody): EscalationSuggestion {
  return { id: body.id, text: body.cta, body, link: body.contact[0] };
}

/**
 * The next step(s) once a deadline has passed without a satisfactory answer, in order: the
 * provider's own higher level, then (for fraud) police and anti-fraud line, then the region's
 * body for this provider (CN: 12363 payment institutions, 12378 banks, 12315 merchants; UK: FOS;
 * EU: national ADR; US: CFPB), then the region's "know your rights" line. GLOBAL gets general
 * advice instead of bodies.
 */
export function escalationSuggestion(
  region: RegionId,
  caseSituation: Situation,
  siteCategory?: ProviderKind | null,
): EscalationSuggestion[] {
  const out: EscalationSuggestion[] = [INTERNAL];
  if (caseSituation === 'fraud') {
    for (const role of ['police', 'antiFraud'] as const) {
      const body = bodyForRole(region, role);
      if (body) out.push(fromBody(body));
    }
  }
  const regulator = regulatorFor(region, siteCategory ?? undefined);
  if (regulator) out.push(fromBody(regulator));
  out.push({ id: 'know-your-rights', text: REGIONS[region].general });
  return out;
}
