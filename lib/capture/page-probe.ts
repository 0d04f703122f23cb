import { detectPage } from '../detection';
import { snapshotPage } from '../evidence/snapshot';
import { MAX_EVIDENCE_TITLE, MAX_EVIDENCE_URL } from '../evidence/record-limits';
import type { PageProbe } from '../messages';

/**
 * How long the probe waits at most for the page's next frame: a tab in the background paints
 * none, and its snapshot must not wait for one.
 */
const FRAME_DEADLINE_MS = 100;

/** Runs inside the captured page (isolated world): everything it reads is passed in. */
export function probePage(doc: Document, win: Window): PageProbe {
  return {
    url: doc.URL.slice(0, MAX_EVIDENCE_URL),
    title: doc.title.slice(0, MAX_EVIDENCE_TITLE),
    html: snapshotPage(doc),
    detection: detectPage(doc, doc.URL),
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
export function probeAfterNextFrame(doc: Document, win: Window): Promise<PageProbe> {
  return new Promise((resolve, reject) => {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      try {
        resolve(probePage(doc, win));
      } catch (err) {
        reject(err);
      }
    };
    win.setTimeout(run, FRAME_DEADLINE_MS);
    // The frame callback comes before the paint; the task after it comes once the frame is out.
    win.requestAnimationFrame(() => win.setTimeout(run, 0));
  });
}
