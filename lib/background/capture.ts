import { browser, type Browser } from 'wxt/browser';
import { probeTab } from '../capture/probe-tab';
import { captureVisible } from '../capture/screenshot';
import { captureFullPage } from '../capture/full-page';
import { PageChangedError } from '../capture/page-changed';
import { CaptureCancelledError, cancelCapture, cancelCheck } from '../capture/cancel';
import { capturePane } from '../capture/pane';
import { withCaption } from '../capture/caption';
import { saveMhtml, type MhtmlOutcome } from '../capture/mhtml';
import { reportProgress } from '../capture/progress';
import { isoWithOffset } from '../db/cases';
import { getRegion } from '../db/settings';
import { addCapture, prepareArtifact, type NewArtifact, type PreparedArtifact } from '../db/evidence';
import { EvidenceStoreError } from '../evidence/errors';
import { snapshotFacts } from '../evidence/snapshot-facts';
import { recheckFacts } from '../facts/schema';
import { transactionDate } from '../facts/transaction-date';
import { uiLang } from '../i18n';
import { listen, type Payload } from '../messages';
import { siteForUrl } from '../sites';
import { newCaseFromDetection, newCaseRecord } from '../cases/new-case';
import { commitCapture } from '../redact/capture-commit';

/** `caseId`: file under this case; `newCase`: start one; neither: keep it unfiled. */
export type CaptureRequest = Payload<'capture'>;

export interface CaptureResult {
  evidenceId: string;
  caseId: string | null;
  capturedAt: string;
  digest: string;
  screenshotDigest: string;
  /** Screens stitched into full-page.png, and whether the page went on past MAX_SCREENS. */
  fullPage: { screens: number; truncated: boolean } | null;
  /** The scrolling pane stitched into pane.png; 'none' when asked for and the page has none. */
  pane?: { screens: number; truncated: boolean } | 'none';
  mhtml: MhtmlOutcome;
  /** Wall time of the whole capture in the worker, for the bench and the report. */
  durationMs: number;
}

/**
 * Bring the tab to the front of its window: captureVisibleTab shoots the active tab only. The
 * update resolves once the tab is the active one.
 */
async function bringToFront(tabId: number, tab?: Browser.tabs.Tab): Promise<{ windowId: number }> {
  tab ??= await browser.tabs.get(tabId);
  if (!tab.active) await browser.tabs.update(tabId, { active: true });
  return { windowId: tab.windowId! };
}

/**
 * The screenshot of the tab, and its window. With the window the sender saw (the popup was
 * opened over that tab), the shot starts at once and the tab is looked up meanwhile; a shot of
 * some other tab (the user switched, or the tab was in the background) is dropped, never
 * stored, and the tab brought forward and shot again.
 */
async function shootTab(tabId: number, seenWindowId: number | undefined): Promise<{ windowId: number; png: Uint8Array }> {
  let tab: Browser.tabs.Tab | undefined;
  if (seenWindowId !== undefined) {
    const shot = captureVisible(seenWindowId).then(
      (png) => ({ png }),
      (error: unknown) => ({ error }),
    );
    tab = await browser.tabs.get(tabId);
    const taken = await shot;
    // The same check bringToFront makes before its shot, made while this one is taken.
    if (tab.active && tab.windowId === seenWindowId && 'png' in taken) return { windowId: seenWindowId, png: taken.png };
  }
  const { windowId } = await bringToFront(tabId, tab);
  return { windowId, png: await captureVisible(windowId) };
}

/** This build's version, recorded with each capture. */
let version: string | undefined;
const VERSION = () => (version ??= browser.runtime.getManifest().version);

/** One capture: screenshot(s), snapshot, metadata, digests; stored in one transaction, or nothing. */
export async function captureTab(req: CaptureRequest): Promise<CaptureResult> {
  const started = Date.now();
  // Steps are worth showing only when they take a while (screens, the MHTML archive): a visible
  // capture is over in well under 100 ms, and each storage.session write costs about a millisecond.
  const slow = req.fullPage || req.mhtml || req.pane;
  const checkCancel = cancelCheck(req.tabId);
  const progress = (p: Parameters<typeof reportProgress>[1]) => (slow ? reportProgress(req.tabId, p).catch(() => undefined) : undefined);
  try {
    await progress({ stage: 'page' });
    // The screenshot and the page are asked for together (the probe waits in the page for the
    // frame being shot, lib/capture/page-probe.ts). Each artifact is hashed (and its Blob made) as soon
    // as it is in, while the other is still on its way. What the record needs that does not
    // depend on the page is read meanwhile.
    const region = !req.caseId && req.newCase ? getRegion() : undefined;
    region?.catch(() => undefined);
    const context = {
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      userAgent: navigator.userAgent,
      extensionVersion: VERSION(),
    };
    let shotFile: PreparedArtifact | undefined;
    let pageFile: PreparedArtifact | undefined;
    // When each file was taken (this computer's clock), recorded in the digested meta.
    const taken: Record<string, string> = {};
    // Salted part digests for redacted copies (lib/redact/commit.ts), each started as its file
    // comes in: page.html's while the screenshot is still being taken.
    const commits = commitCapture();
    const [{ windowId, png: screenshot }, page] = await Promise.all([
      shootTab(req.tabId, req.windowId).then((shot) => {
        // The decode first: it is the head of the longest chain (decode, tile digests, store).
        commits.image('screenshot.png', shot.png);
        taken['screenshot.png'] = isoWithOffset();
        shotFile = prepareArtifact({ name: 'screenshot.png', type: 'image/png', blob: shot.png });
        return shot;
      }),
      probeTab(req.tabId).then((p) => {
        taken['page.html'] = isoWithOffset();
        pageFile = prepareArtifact({ name: 'page.html', type: 'text/html', blob: new TextEncoder().encode(p.html) });
        commits.text('page.html', p.html);
        return p;
      }),
    ]);
    const artifacts: (NewArtifact | PreparedArtifact)[] = [shotFile!, pageFile!];
    const full = req.fullPage
      ? await captureFullPage(
          req.tabId,
          windowId,
          page,
          screenshot,
          (done, total) => void progress({ stage: 'screens', done, total }),
          checkCancel,
        )
      : null;
    if (full) {
      taken['full-page.png'] = isoWithOffset();
      artifacts.push({ name: 'full-page.png', type: 'image/png', blob: full.png });
      commits.image('full-page.png', full.png);
    }
    const pane = req.pane
      ? await capturePane(req.tabId, windowId, page, (done, total) => void progress({ stage: 'screens', done, total }), checkCancel)
      : null;
    if (pane) {
      taken['pane.png'] = taken['pane.txt'] = isoWithOffset();
      artifacts.push(
        { name: 'pane.png', type: 'image/png', blob: pane.png },
        { name: 'pane.txt', type: 'text/plain', blob: new TextEncoder().encode(pane.text) },
      );
      commits.image('pane.png', pane.png);
      commits.text('pane.txt', pane.text);
    }
    checkCancel();
    const mhtml = req.mhtml ? await saveMhtml(req.tabId) : { outcome: 'off' as const };
    if (mhtml.blob) {
      taken['page.mhtml'] = isoWithOffset();
      artifacts.push({ name: 'page.mhtml', type: mhtml.blob.type, blob: mhtml.blob });
    }
    // No thumbnail artifact: galleries and the popup show screenshot.png scaled down (evidence-view.ts).

    await progress({ stage: 'saving' });
    // Counts only, checked again: a zero or an unknown kind is not kept.
    const facts = snapshotFacts(page.snapshot);
    const pageFacts = recheckFacts(page.facts ?? []);
    const now = new Date();
    const capturedAt = isoWithOffset(now);
    if (req.caption) {
      const text = `${page.url} · ${capturedAt} (${context.timeZone})`;
      taken['screenshot-captioned.png'] = capturedAt;
      artifacts.push({
        name: 'screenshot-captioned.png',
        type: 'image/png',
        blob: await withCaption(screenshot, text, page.viewport.devicePixelRatio),
      });
    }
    const draft = region ? newCaseFromDetection(page.detection, siteForUrl(page.url), await region, undefined, now) : undefined;
    // The transaction's date as the page showed it: the claim deadlines count from it (issue 15 §2).
    const txAt = transactionDate(pageFacts);
    if (draft?.transactions[0] && txAt) draft.transactions[0].at = txAt;
    const newCase = draft ? newCaseRecord(draft, now) : undefined;
    const commitments = await commits.done();
    const record = await addCapture(
      {
        caseId: req.caseId,
        saltKey: commits.key,
        newCase,
        meta: {
          url: page.url,
          title: page.title,
          capturedAt,
          timeZone: context.timeZone,
          viewport: page.viewport,
          userAgent: context.userAgent,
          extensionVersion: context.extensionVersion,
          detection: page.detection,
          note: req.note,
          ...(facts && { snapshot: facts }),
          timing: { startedAt: isoWithOffset(new Date(started)), endedAt: isoWithOffset(now), files: taken },
          facts: pageFacts,
          commitments,
        },
        artifacts,
      },
      now,
    );
    return {
      evidenceId: record.id,
      caseId: record.caseId,
      capturedAt: record.meta!.capturedAt,
      digest: record.digest,
      screenshotDigest: record.artifacts[0]!.sha256,
      fullPage: full && { screens: full.screens, truncated: full.truncated },
      ...(req.pane && { pane: pane ? { screens: pane.screens, truncated: pane.truncated } : ('none' as const) }),
      mhtml: mhtml.outcome,
      durationMs: Date.now() - started,
    };
  } finally {
    await progress(null);
  }
}

export function setupCapture(): void {
  listen({
    // Store errors (storage full, …) reach the popup in the user's language.
    capture: (req) =>
      captureTab(req).catch((err: unknown) => {
        throw err instanceof EvidenceStoreError || err instanceof PageChangedError || err instanceof CaptureCancelledError
          ? new Error(err.text(uiLang()))
          : err;
      }),
    'capture-cancel': ({ tabId }) => cancelCapture(tabId),
  });
}
