import { detectPage } from '../detection';
import type { PageDetection } from '../detection/types';
import { snapshotWithFacts } from '../evidence/snapshot';
import type { SnapshotFacts } from '../evidence/snapshot-facts';
import { readFonts } from '../evidence/snapshot-fonts';
import { MAX_EVIDENCE_TITLE, MAX_EVIDENCE_URL } from '../evidence/limits';

/** What the injected probe reports about the page being captured. */
export interface PageProbe {
  url: string;
  title: string;
  html: string;
  /** What page.html left out: blanked fields and fonts, counted (never a value). */
  snapshot: SnapshotFacts;
  detection: PageDetection;
  viewport: { width: number; height: number; devicePixelRatio: number };
  scrollHeight: number;
  scrollY: number;
}

/**
 * Runs inside the captured page (isolated world): everything it reads is passed in. Asynchronous
 * only to read the page's fonts back from what the browser holds (snapshot-fonts.ts); the DOM is
 * read in one synchronous step after that.
 */
export async function probePage(doc: Document, win: Window): Promise<PageProbe> {
  const fonts = await readFonts(doc);
  const { html, facts } = snapshotWithFacts(doc, new Date(), fonts);
  return {
    url: doc.URL.slice(0, MAX_EVIDENCE_URL),
    title: doc.title.slice(0, MAX_EVIDENCE_TITLE),
    html,
    snapshot: facts,
    detection: detectPage(doc, doc.URL),
    viewport: { width: win.innerWidth, height: win.innerHeight, devicePixelRatio: win.devicePixelRatio },
    scrollHeight: Math.max(doc.documentElement?.scrollHeight ?? 0, doc.body?.scrollHeight ?? 0),
    scrollY: win.scrollY,
  };
}

export { PROBE_GLOBAL } from './probe-name';
