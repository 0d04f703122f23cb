import { FAILED_TRANSFER } from './situations/failed-transfer';
import { FOLLOW_UP } from './situations/follow-up';
import { FRAUD } from './situations/fraud';
import { GENERAL } from './situations/general';
import { RECOVERY_SCAM } from './situations/recovery-scam';
import { REFUND } from './situations/refund';
import { SECURITY } from './situations/security';
import { SUPPORT_PAGE } from './situations/support-page';
import type { GuidanceSituationId, SituationDef } from './types';

export { FAILED_TRANSFER_CHECKS, FAILED_TRANSFER_LEADS, failedTransferSteps } from './situations/failed-transfer';

/** Every situation, in the order a chooser should list them (urgent first). */
export const SITUATIONS: Readonly<Record<GuidanceSituationId, SituationDef>> = {
  fraud: FRAUD,
  'recovery-scam': RECOVERY_SCAM,
  'failed-transfer': FAILED_TRANSFER,
  refund: REFUND,
  security: SECURITY,
  'support-page': SUPPORT_PAGE,
  'follow-up': FOLLOW_UP,
  general: GENERAL,
};

export const SITUATION_IDS = Object.keys(SITUATIONS) as GuidanceSituationId[];
