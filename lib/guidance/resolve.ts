import type { Localized, WalletSite } from '../sites/types';
import type { RegionId } from '../sites/types';
import { type CoverageNote, coverageNote } from './coverage';
import { providerKindFor } from './escalation';
import { shownFact } from './facts';
import { safeHref } from './href';
import { bodyForRole, regulatorFor } from './regions';
import { failedTransferSteps, SITUATIONS } from './situations';
import type {
  EscalationBody,
  GuidanceInput,
  LinkRef,
  ProviderKind,
  ResolvedGuidance,
  ResolvedLink,
  ResolvedStep,
  SourcedFact,
  StepTemplate,
} from './types';

interface Ctx {
  site: WalletSite | null;
  region: RegionId;
  provider: ProviderKind | undefined;
  name: Localized;
}

const GENERIC_PROVIDER: Localized = { en: 'the provider', zh: '平台' };

function fill(text: Localized, name: Localized): Localized {
  return { en: text.en.replaceAll('{provider}', name.en), zh: text.zh.replaceAll('{provider}', name.zh) };
}

/** A registry page as a link: https only (a status page is never a phone number). */
function sitePage(url: string | undefined, label: Localized): ResolvedLink | null {
  const href = safeHref(url);
  return href?.startsWith('https:') ? { href, label } : null;
}

interface Resolved {
  link: ResolvedLink | null;
  body?: EscalationBody;
  /** Where the link's fact was checked (body links only). */
  fact?: SourcedFact;
  /** Why the region's body does not cover this provider (crypto assets), instead of a link. */
  note?: CoverageNote;
}

function resolveLink(ref: LinkRef, ctx: Ctx): Resolved {
  if ('href' in ref) {
    const href = safeHref(ref.href);
    return { link: href ? { href, label: ref.label } : null };
  }
  if ('site' in ref) {
    if (ref.site === 'status') {
      return { link: sitePage(ctx.site?.statusUrl, { en: '{provider} status page', zh: '{provider}服务状态' }) };
    }
    return { link: sitePage(ctx.site?.supportUrls[0], { en: '{provider} help centre', zh: '{provider}帮助中心' }) };
  }
  let body: EscalationBody | null;
  if ('role' in ref) body = bodyForRole(ctx.region, ref.role);
  else {
    const provider = ref.provider ?? ctx.provider;
    body = regulatorFor(ctx.region, provider);
    const note = body ? null : coverageNote(ctx.region, provider);
    if (note) return { link: null, note };
    if (body && ref.financial && body.kind !== 'financial-regulator' && body.kind !== 'ombudsman') body = null;
  }
  const first = body?.contact.find((c) => safeHref(c.href));
  if (!first || !body) return { link: null };
  return { link: { href: first.href, label: first.label }, body, fact: shownFact(first, body) };
}

function resolveStep(t: StepTemplate, ctx: Ctx): ResolvedStep | null {
  const { link, body, fact, note } = t.link ? resolveLink(t.link, ctx) : ({ link: null } as Resolved);
  if (note) {
    return { id: t.id, text: note.text, fact: shownFact(note), ...(t.action ? { action: t.action } : {}) };
  }
  if (t.link && !link && t.needsLink) return null;
  let text = t.textByRegion?.[ctx.region] ?? t.text;
  if (body && t.textFromBody) text = body.cta;
  else if (t.link && !link && t.textWithoutLink) text = t.textWithoutLink;
  const detail = t.detailByRegion?.[ctx.region] ?? t.detail;
  return {
    id: t.id,
    text: fill(text, ctx.name),
    ...(detail ? { detail: fill(detail, ctx.name) } : {}),
    ...(link ? { link: { href: link.href, label: fill(link.label, ctx.name) } } : {}),
    ...(fact ? { fact } : {}),
    ...(t.action ? { action: t.action } : {}),
  };
}

/**
 * The steps for a situation, in order, with every link resolved for the region and site:
 * region-specific bodies and numbers, the site's status page from the registry. Links come only
 * from this module's data and the registry, never from the page. A site without channels, or no
 * site at all, still gets the general steps.
 */
export function guidanceFor(input: GuidanceInput): ResolvedGuidance {
  const def = SITUATIONS[input.situation];
  const site = input.site ?? null;
  const ctx: Ctx = {
    site,
    region: input.region,
    provider: input.providerKind ?? providerKindFor(site),
    name: site?.names ?? GENERIC_PROVIDER,
  };
  const templates = input.situation === 'failed-transfer' ? failedTransferSteps(input.reason) : def.steps;
  const title = (!site && def.titleWithoutSite) || def.title;
  const intro = (!site && def.introWithoutSite) || def.intro;
  return {
    situation: def.id,
    title: fill(title, ctx.name),
    intro: fill(intro, ctx.name),
    urgent: def.urgent,
    region: input.region,
    steps: templates
      .filter((t) => site || !t.needsSite)
      .map((t) => resolveStep(t, ctx))
      .filter((s): s is ResolvedStep => s !== null),
  };
}
