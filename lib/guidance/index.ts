// Guidance knowledge as data (situations, steps, channels, regional escalation), en + zh-CN.
// Pure: no browser APIs; every function takes its world as arguments.
export type {
  GuidanceSituationId,
  ResolvedStep,
  SourcedFact,
} from './types';
export { guidanceFor } from './resolve';
export {
  FAILED_TRANSFER_CHECKS,
  FAILED_TRANSFER_LEADS,
  SITUATIONS,
  SITUATION_IDS,
} from './situations';
export { BODIES, REGIONS, bodiesFor, regulatorFor } from './regions';
export {
  DEADLINE_RULES,
  addPeriod,
  escalationDeadline,
  nextFollowUp,
  rulesFor,
} from './deadlines';
export { escalationSuggestion, providerKindFor } from './escalation';
export { CHANNEL_GOOD_FOR, channelsFor } from './channels';
export type { DirectChannel } from './channels';
export { isSafeHref, safeHref } from './href';
