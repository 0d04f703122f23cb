import { browser } from 'wxt/browser';
import { PROBE_GLOBAL, type PageProbe } from '../capture/probe';
import { captureVisible, thumbnail } from '../capture/screenshot';
import { createCase, isoWithOffset } from '../db/cases';
import { getRegion } from '../db/settings';
import { addCapture } from '../db/evidence';
import type { EvidenceRecord } from '../db/types';
import { listen } from '../messages';
import { siteForUrl } from '../sites';
import { newCaseFromDetection } from '../cases/new-case';
import { captureFullPage } from '../capture/full-page';

export interface CaptureRequest {
  tabId: number;
  /** File under this case; with `newCase`, start one; neither: the provider's open case or unfiled. */
  caseId: string | null;
  newCase: boolean;
  fullPage: boolean;
  note: string;
}

export interface CaptureResult {
  evidenceId: string;
  caseId: string | null;
  capturedAt: string;
  digest: string;
  screenshotDigest: string;
}

/** Bring the tab to the front of its window: captureVisibleTab shoots the active tab only. */
async function bringToFront(tabId: number): Promise<{ windowId: number }> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.active) await browser.tabs.update(tabId, { active: true });
  for (let i = 0; i < 40; i++) {
    const [active] = await browser.tabs.query({ active: true, windowId: tab.windowId });
    if (active?.id === tabId) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return { windowId: tab.windowId! };
}

async function probe(tabId: number): Promise<PageProbe> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/probe.js'] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string) => (globalThis as unknown as Record<string, () => unknown>)[name]?.(),
    args: [PROBE_GLOBAL],
  });
  const value = result?.result as PageProbe | undefined;
  if (!value || typeof value.html !== 'string') throw new Error('the page could not be read');
  return value;
}

/** One capture: screenshot(s), snapshot, metadata, digests; stored in one transaction. */
export async function captureTab(req: CaptureRequest): Promise<CaptureResult> {
  const { windowId } = await bringToFront(req.tabId);
  const page = await probe(req.tabId);
  const screenshot = await captureVisible(windowId);
  const artifacts: { name: string; type: string; blob: Blob }[] = [
    { name: 'screenshot.png', type: 'image/png', blob: screenshot },
    { name: 'page.html', type: 'text/html', blob: new Blob([page.html], { type: 'text/html' }) },
  ];
  if (req.fullPage) {
    const full = await captureFullPage(req.tabId, windowId, page);
    if (full) artifacts.push({ name: 'full-page.png', type: 'image/png', blob: full });
  }
  artifacts.push({ name: 'thumbnail.png', type: 'image/png', blob: await thumbnail(screenshot) });

  const site = siteForUrl(page.url);
  let caseId = req.caseId;
  if (!caseId && req.newCase) {
    const region = await getRegion();
    caseId = (await createCase(newCaseFromDetection(page.detection, site, region))).id;
  }
  const now = new Date();
  const record: EvidenceRecord = await addCapture({
    caseId,
    meta: {
      url: page.url,
      title: page.title,
      capturedAt: isoWithOffset(now),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      viewport: page.viewport,
      userAgent: navigator.userAgent,
      extensionVersion: browser.runtime.getManifest().version,
      detection: page.detection,
      note: req.note,
    },
    artifacts,
  });
  return {
    evidenceId: record.id,
    caseId,
    capturedAt: record.meta!.capturedAt,
    digest: record.digest,
    screenshotDigest: record.artifacts[0]!.sha256,
  };
}

export function setupCapture(): void {
  listen({ capture: (req) => captureTab(req) });
}
