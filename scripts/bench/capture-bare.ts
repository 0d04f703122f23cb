// The capture's floors, sampled in the extension's service worker (scripts/bench/worker-capture.ts,
// bundled and evaluated there): the old floor's primitives and, on the same screenshot and
// page, the ones the redaction commitments cannot do without.
import type { Worker } from 'playwright-core';
import type { CaptureFloor } from './worker-capture';

export type BareSample = Awaited<ReturnType<CaptureFloor['sample']>>;

/** The old floor (2026-11-26 on): captureVisibleTab + decoding, outerHTML via executeScript, SHA-256 of both, one put. */
export const oldFloor = (b: BareSample) => b.screenshot + b.decode + b.serialize + b.hash + b.put;
/** The job as it now is: the old floor + RGBA decode, one SHA-256 per 64-px tile, one per text part. */
export const newFloor = (b: BareSample) => oldFloor(b) + b.pixels + b.tiles + b.parts;

/**
 * One round of the bare primitives on tab `tabId` (window `windowId`). `code` is the bundled
 * worker-capture.ts, put into the worker when it is not there (first call, or a restarted worker).
 */
export async function bareCapture(sw: Worker, code: string, tabId: number, windowId: number): Promise<BareSample> {
  if (!(await sw.evaluate(() => '__wwCaptureFloor' in globalThis))) await sw.evaluate(code);
  return sw.evaluate(([tab, win]) => (globalThis as unknown as { __wwCaptureFloor: CaptureFloor }).__wwCaptureFloor.sample(tab, win), [
    tabId,
    windowId,
  ] as const);
}
