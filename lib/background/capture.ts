import { browser, type Browser } from 'wxt/browser';
import { PROBE_GLOBAL, type PageProbe } from '../capture/probe';
import { installedProbe, RUN_PROBE } from '../capture/probe-name';
import { reportingTabs } from './tab-state';
import { captureVisible } from '../capture/screenshot';
import { captureFullPage } from '../capture/full-page';
import { saveMhtml, type MhtmlOutcome } from '../capture/mhtml';
import { reportProgress } from '../capture/progress';
import { isoWithOffset } from '../db/cases';
import { getRegion } from '../db/settings';
import { addCapture, prepareArtifact, type NewArtifact, type PreparedArtifact } from '../db/evidence';
import { EvidenceStoreError } from '../evidence/errors';
import { uiLang } from '../i18n';
import { listen, listenOnPorts, type Payload } from '../messages';
import { siteForUrl } from '../sites';
import { newCaseFromDetection } from '../cases/new-case';

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
  mhtml: MhtmlOutcome;
  /** Wall time of the whole capture in the worker, for the bench and the report. */
  durationMs: number;
}

/**
 * How long after asking for the screenshot the page is read (see captureTab): an executeScript
 * competes with the frame the screenshot waits for, so it comes once that frame is taken; the
 * content script's relay is light enough to run while the PNG is still being encoded.
 */
const PROBE_DELAY_MS = { injected: 15, relayed: 5 } as const;

/** Bring the tab to the front of its window: captureVisibleTab shoots the active tab only. */
async function bringToFront(tabId: number, tab?: Browser.tabs.Tab): Promise<{ windowId: number }> {
  tab ??= await browser.tabs.get(tabId);
  if (tab.active) return { windowId: tab.windowId! };
  await browser.tabs.update(tabId, { active: true });
  for (let i = 0; i < 40; i++) {
    const [active] = await browser.tabs.query({ active: true, windowId: tab.windowId });
    if (active?.id === tabId) break;
    await new Promise((r) => setTimeout(r, 25));
  }
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

/** This build's version: the probe a document holds must be this one's. */
let version: string | undefined;
const VERSION = () => (version ??= browser.runtime.getManifest().version);

/**
 * Install the probe ahead of a likely capture (the pointer is on "Capture evidence"), so the
 * first capture of a page reads it in one step rather than three. Does nothing where it is
 * installed already; false where the page cannot be scripted (the capture will say why).
 */
async function prepareProbe(tabId: number): Promise<boolean> {
  try {
    const [has] = await browser.scripting.executeScript({
      target: { tabId },
      func: installedProbe,
      args: [PROBE_GLOBAL, VERSION(), false],
    });
    if (has?.result !== true) await browser.scripting.executeScript({ target: { tabId }, files: ['/probe.js'] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Read the page. probe.js installs the probe once per document (in the extension's isolated
 * world; prepareProbe may have done it already); later captures of the same document take one
 * executeScript, not two, or one message to the content script of a wallet page.
 */
async function probe(tabId: number): Promise<PageProbe> {
  // The content script of a wallet page runs an installed probe for less than an executeScript.
  if (reportingTabs.has(tabId)) {
    const relayed = (await browser.tabs
      .sendMessage(tabId, { type: RUN_PROBE, version: VERSION() }, { frameId: 0 })
      .catch(() => null)) as PageProbe | null;
    if (relayed && typeof relayed.html === 'string') return relayed;
  }
  const run = async () =>
    (await browser.scripting.executeScript({ target: { tabId }, func: installedProbe, args: [PROBE_GLOBAL, VERSION(), true] }))[0]
      ?.result as PageProbe | null | undefined;
  let value = await run();
  if (!value) {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/probe.js'] });
    value = await run();
  }
  if (!value || typeof value.html !== 'string') throw new Error('the page could not be read');
  return value;
}

/** One capture: screenshot(s), snapshot, metadata, digests; stored in one transaction, or nothing. */
export async function captureTab(req: CaptureRequest): Promise<CaptureResult> {
  const started = Date.now();
  // Steps are worth showing only when they take a while (screens, the MHTML archive): a visible
  // capture is over in well under 100 ms, and each storage.session write costs about a millisecond.
  const slow = req.fullPage || req.mhtml;
  const progress = (p: Parameters<typeof reportProgress>[1]) => (slow ? reportProgress(req.tabId, p).catch(() => undefined) : undefined);
  try {
    await progress({ stage: 'page' });
    // The screenshot first, the DOM read PROBE_DELAY_MS later: run from the start, the probe's
    // work in the page's renderer delayed the frame captureVisibleTab waits for (about 10 ms more
    // than running one after the other); started once the frame is taken, it overlaps the PNG
    // encoding in the browser instead. Nothing scrolls in between, so both show the same moment
    // of the page. Each artifact is hashed (and its Blob made) as soon as it is in, while the
    // other is still on its way. What the record needs that does not depend on the page is read
    // while the tab comes forward.
    const region = !req.caseId && req.newCase ? getRegion() : undefined;
    region?.catch(() => undefined);
    const context = {
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      userAgent: navigator.userAgent,
      extensionVersion: VERSION(),
    };
    let shotFile: PreparedArtifact | undefined;
    let pageFile: PreparedArtifact | undefined;
    const [{ windowId, png: screenshot }, page] = await Promise.all([
      shootTab(req.tabId, req.windowId).then((shot) => {
        shotFile = prepareArtifact({ name: 'screenshot.png', type: 'image/png', blob: shot.png });
        return shot;
      }),
      new Promise((r) => setTimeout(r, PROBE_DELAY_MS[reportingTabs.has(req.tabId) ? 'relayed' : 'injected']))
        .then(() => probe(req.tabId))
        .then((p) => {
          // Hashed while the screenshot is still being encoded.
          pageFile = prepareArtifact({ name: 'page.html', type: 'text/html', blob: new TextEncoder().encode(p.html) });
          return p;
        }),
    ]);
    const artifacts: (NewArtifact | PreparedArtifact)[] = [shotFile!, pageFile!];
    const full = req.fullPage
      ? await captureFullPage(req.tabId, windowId, page, screenshot, (done, total) => void progress({ stage: 'screens', done, total }))
      : null;
    if (full) artifacts.push({ name: 'full-page.png', type: 'image/png', blob: full.png });
    const mhtml = req.mhtml ? await saveMhtml(req.tabId) : { outcome: 'off' as const };
    if (mhtml.blob) artifacts.push({ name: 'page.mhtml', type: mhtml.blob.type, blob: mhtml.blob });
    // No thumbnail artifact: galleries and the popup show screenshot.png scaled down (evidence-view.ts).

    await progress({ stage: 'saving' });
    const newCase = region ? newCaseFromDetection(page.detection, siteForUrl(page.url), await region) : undefined;
    const now = new Date();
    const record = await addCapture(
      {
        caseId: req.caseId,
        newCase,
        meta: {
          url: page.url,
          title: page.title,
          capturedAt: isoWithOffset(now),
          timeZone: context.timeZone,
          viewport: page.viewport,
          userAgent: context.userAgent,
          extensionVersion: context.extensionVersion,
          detection: page.detection,
          note: req.note,
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
      mhtml: mhtml.outcome,
      durationMs: Date.now() - started,
    };
  } finally {
    await progress(null);
  }
}

export function setupCapture(): void {
  const handlers = {
    // Store errors (storage full, …) reach the popup in the user's language.
    capture: (req: CaptureRequest) =>
      captureTab(req).catch((err: unknown) => {
        throw err instanceof EvidenceStoreError ? new Error(err.text(uiLang())) : err;
      }),
    'capture-prepare': ({ tabId }: { tabId: number }) => prepareProbe(tabId),
  };
  listen(handlers);
  // The popup asks over its open port (lib/messages.ts request): no channel to set up per click.
  listenOnPorts(handlers);
}
