import { detectPage } from '../detection';
import type { PageDetection } from '../detection/types';
import { snapshotPage } from '../evidence/snapshot';
import { MAX_EVIDENCE_TITLE, MAX_EVIDENCE_URL } from '../evidence/limits';

/** What the injected probe reports about the page being captured. */
export interface PageProbe {
  url: string;
  title: string;
  html: string;
  detection: PageDetection;
  viewport: { width: number; height: number; devicePixelRatio: number };
  scrollHeight: number;
  scrollY: number;
}

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

export { PROBE_GLOBAL } from './probe-name';
