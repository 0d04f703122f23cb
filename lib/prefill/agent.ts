// The page side of prefilling, injected on demand (activeTab) into the form's page: collect the
// fields, then apply a plan made by the popup. Elements never leave the page; only plain data does.
import { listen } from '../messages';
import type { FieldType } from './classify';
import { collectFields } from './collect';
import { applyPlan, type ApplyResult } from './insert';
import type { CollectedField, FieldInfo } from './types';

export interface CollectReply {
  url: string;
  fields: FieldInfo[];
}

export interface ApplyReply {
  status: ApplyResult['status'];
  filled: number;
  skipped: ApplyResult['skipped'];
}

const FLAG = '__walletWitnessPrefillAgent';

export function installPrefillAgent(): void {
  const scope = globalThis as unknown as Record<string, boolean>;
  if (scope[FLAG]) return;
  scope[FLAG] = true;
  let collected: CollectedField[] = [];
  let lastUndo: (() => void) | null = null;
  listen({
    'prefill-collect': (): CollectReply => {
      collected = collectFields(document);
      return { url: location.href, fields: collected.map(({ element: _e, ...info }) => info) };
    },
    'prefill-apply': ({ expectedUrl, steps }): ApplyReply => {
      if (collected.length === 0) throw new Error('collect the form first');
      const plan = { steps: steps.map((s) => ({ ...s, type: s.type as FieldType })), skipped: [] };
      const result = applyPlan(document, plan, collected, expectedUrl, () => location.href);
      lastUndo = result.undo;
      return { status: result.status, filled: result.filled.length, skipped: result.skipped };
    },
    'prefill-undo': () => {
      lastUndo?.();
      lastUndo = null;
      return true;
    },
  });
}
