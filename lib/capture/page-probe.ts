import { detectPage } from '../detection';
import { findFacts } from '../facts/find';
import { readSegments } from '../facts/read';
import { snapshotWithFacts } from '../evidence/snapshot';
import { type FontData, noFonts, readFonts } from '../evidence/snapshot-fonts';
import { MAX_EVIDENCE_TITLE, MAX_EVIDENCE_URL } from '../evidence/record-limits';
import type { PageProbe } from '../messages';

/**
 * How long the probe waits at most for the page's next frame: a tab in the background paints
 * none, and its snapshot must not wait for one.
 */
const FRAME_DEADLINE_MS = 100;

/**
 * Runs inside the captured page (isolated world): everything it reads is passed in. `fonts`: the
 * page's fonts as read back beforehand (readFonts, asynchronous; snapshot-fonts.ts).
 */
export function probePage(doc: Document, win: Window, fonts: FontData = noFonts()): PageProbe {
  const { html, facts } = snapshotWithFacts(doc, new Date(), fonts);
  const detection = detectPage(doc, doc.URL);
  return {
    url: doc.URL.slice(0, MAX_EVIDENCE_URL),
    title: doc.title.slice(0, MAX_EVIDENCE_TITLE),
    html,
    snapshot: facts,
    detection,
    facts: findFacts(readSegments(doc), doc.URL, detection),
    viewport: { width: win.innerWidth, height: win.innerHeight, devicePixelRatio: win.devicePixelRatio },
    scrollHeight: Math.max(doc.documentElement?.scrollHeight ?? 0, doc.body?.scrollHeight ?? 0),
    scrollY: win.scrollY,
  };
}

/**
 * probePage once the page has painted its next frame (or FRAME_DEADLINE_MS have passed). The
 * capture asks for the screenshot and this at the same moment; run at once, the snapshot's DOM
 * work would hold up the frame the screenshot waits for, and after it, it overlaps the PNG's
 * encoding. Nothing scrolls in between, so both show the same moment of the page.
 */
export async function probeAfterNextFrame(doc: Document, win: Window): Promise<PageProbe> {
  // The fonts are read from the browser's caches meanwhile (no DOM work, no request).
  const [fonts] = await Promise.all([readFonts(doc), nextFrame(win)]);
  return probePage(doc, win, fonts);
}

function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    win.setTimeout(resolve, FRAME_DEADLINE_MS);
    // The frame callback comes before the paint; the task after it comes once the frame is out.
    win.requestAnimationFrame(() => win.setTimeout(resolve, 0));
  });
}
