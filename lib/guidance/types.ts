import type { FailureReason } from '../detection/types';
import type { FactCheck, Localized, RegionId, SiteCategory, WalletSite } from '../sites/types';

/** What the popup can be helping with. `general`: a wallet page where nothing was detected. */
export type GuidanceSituationId =
  | 'failed-transfer'
  | 'fraud'
  | 'recovery-scam'
  | 'refund'
  | 'security'
  | 'support-page'
  | 'follow-up'
  | 'general';

/** What a step's button does in the popup (wired by the UI, not here). */
type StepAction = 'capture' | 'start-complaint' | 'prefill' | 'channels' | 'escalation';

type BodyKind = 'consumer' | 'financial-regulator' | 'ombudsman' | 'police' | 'anti-fraud';

/**
 * The role a body plays for a region, so steps can say "the region's police" once. `policeAlt`:
 * the police for the part of a region the national route does not serve (Scotland in the UK).
 */
export type BodyRole = 'police' | 'policeAlt' | 'antiFraud' | 'consumer' | 'ombudsman';

/**
 * Who the complaint is against, as far as escalation rules care. The registry's categories,
 * plus `bank` and `merchant` for cases whose provider is not a registry site, and `crypto` for
 * crypto-asset pages where no firm holds the funds (self-custody wallets, block explorers).
 */
export type ProviderKind = SiteCategory | 'bank' | 'merchant' | 'crypto';

export interface ResolvedLink {
  /** Always `https:`, `tel:` or `mailto:` (checked by `safeHref`). */
  href: string;
  label: Localized;
}

/**
 * Where a step's link comes from. Never from the page the user is on: only this module's own
 * data (fixed official links, escalation bodies) or the site registry (status / support page).
 */
export type LinkRef =
  | ResolvedLink
  | { site: 'status' | 'support' }
  | { role: BodyRole }
  /**
   * The region's complaint body for the provider (or for `provider`, when given). `financial`:
   * only a financial regulator or ombudsman will do (a fraud is not a 12315 consumer dispute).
   */
  | { regulator: true; provider?: ProviderKind; financial?: boolean };

export interface StepTemplate {
  id: string;
  /** May contain `{provider}`, replaced by the site's name or a generic word. */
  text: Localized;
  /** Wording for one region (e.g. the anti-fraud number), replacing `text` there. */
  textByRegion?: Partial<Record<RegionId, Localized>>;
  /** Used instead of `text` when `link` cannot be resolved (no status page, no body). */
  textWithoutLink?: Localized;
  detail?: Localized;
  detailByRegion?: Partial<Record<RegionId, Localized>>;
  link?: LinkRef;
  /** Drop the step when there is no provider (a page off the registry). */
  needsSite?: boolean;
  /** Drop the step entirely when its link cannot be resolved. */
  needsLink?: boolean;
  /** When `link` resolves to an escalation body, use that body's `cta` as the text. */
  textFromBody?: boolean;
  action?: StepAction;
}

/** A public page the situation's advice rests on (a regulator's or police warning). */
interface GuidanceSource {
  name: string;
  /** https only. */
  url: string;
}

export interface SituationDef {
  id: GuidanceSituationId;
  /** Where the advice comes from, shown with it where the popup has room. */
  sources?: readonly GuidanceSource[];
  title: Localized;
  intro: Localized;
  /** Used instead of title / intro on a page of no known provider (nothing was checked there). */
  titleWithoutSite?: Localized;
  introWithoutSite?: Localized;
  urgent: boolean;
  steps: StepTemplate[];
}

export interface ResolvedStep {
  id: string;
  text: Localized;
  detail?: Localized;
  link?: ResolvedLink;
  /** Where the fact the step states (its link, or the rule it quotes) was checked. */
  fact?: SourcedFact;
  action?: StepAction;
}

export interface ResolvedGuidance {
  situation: GuidanceSituationId;
  title: Localized;
  intro: Localized;
  urgent: boolean;
  region: RegionId;
  steps: ResolvedStep[];
}

export interface GuidanceInput {
  situation: GuidanceSituationId;
  /** The detected failure reason; used by `failed-transfer` only. */
  reason?: FailureReason;
  site?: WalletSite | null;
  region: RegionId;
  /** Overrides the kind derived from `site` (e.g. a bank the user typed in). */
  providerKind?: ProviderKind;
}

export type BodyId =
  | 'cn-12315'
  | 'cn-12378'
  | 'cn-12363'
  | 'cn-110'
  | 'cn-96110'
  | 'uk-fos'
  | 'uk-report-fraud'
  | 'uk-police-scotland'
  | 'eu-adr'
  | 'eu-police'
  | 'us-cfpb'
  | 'us-ftc'
  | 'us-ic3';

/** A fact with its check and, where it is a regulation or a named page, that name. */
export type SourcedFact = FactCheck & { sourceName?: string };

/** A body's phone number or page, with where it was checked. */
type BodyContact = ResolvedLink & FactCheck;

/** A condition or time limit a body's rules set, with where it was checked. */
type BodyNote = Localized & FactCheck;

/**
 * A third party a complaint or report can go to. The body's own check covers what it is for
 * (`purpose`); each contact and note carries its own.
 */
export type EscalationBody = FactCheck & {
  id: BodyId;
  region: RegionId;
  name: Localized;
  kind: BodyKind;
  /** Direct actions; the first is the primary one. Only `tel:`, `mailto:`, `https:`. */
  contact: BodyContact[];
  /** What it is for, in one line. */
  purpose: Localized;
  /** What to do with it, as a step the user can follow. */
  cta: Localized;
  /** Conditions and what to have ready, where the body's rules say. */
  notes?: BodyNote[];
  /** Name of the regulation or page behind `source`, as published. */
  sourceName: string;
};
