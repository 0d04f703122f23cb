// Guidance knowledge as data (situations, steps, channels, regional escalation), en + zh-CN.
// Pure: no browser APIs; every function takes its world as arguments.
export type {
  BodyId, BodyKind, BodyRole, EscalationBody, GuidanceInput, GuidanceSituationId, LinkRef,
  ProviderKind, ResolvedGuidance, ResolvedLink, ResolvedStep, SituationDef, StepAction, StepTemplate,
} from './types';
export { guidanceFor } from './resolve';
export {
  FAILED_TRANSFER_CHECKS, FAILED_TRANSFER_LEADS, SITUATIONS, SITUATION_IDS, failedTransferSteps, situationForCase,
} from './situations';
export { BODIES, REGIONS, bodiesFor, bodyById, bodyForRole, regulatorFor } from './regions';
export type { RegionGuide } from './regions';
export {
  DEADLINE_RULES, FOLLOW_UP_BUSINESS_DAYS, addPeriod, escalationDeadline, nextFollowUp, rulesFor,
} from './deadlines';
export type { DeadlineBasis, DeadlineClock, DeadlineRule, ProviderScope } from './deadlines';
export { escalationSuggestion, providerKindFor } from './escalation';
export type { EscalationSuggestion } from './escalation';
export { CHANNEL_GOOD_FOR, CHANNEL_ORDER, channelsFor } from './channels';
export type { DirectChannel } from './channels';
export { isSafeHref, safeHref } from './href';
