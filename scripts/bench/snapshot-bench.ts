// Page snapshot: snapshotPage against its floor (the bare primitives a sanitising snapshot cannot
// avoid: one XMLSerializer pass over the same document plus one DOMPurify.sanitize of that text,
// side by side; the XMLSerializer pass alone for information), and against SingleFile on the same pages: time, and pixel
// fidelity of each tool's snapshot opened offline against the live page (same viewport).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../test/e2e/harness';
import { similarity } from './fidelity';
import { richPages } from './rich-pages';
import { type LabPage, openLab } from './snapshot-lab';
import { loadSingleFile } from './singlefile-vendor';
import { median, pairedRatio, progress, round, type Spread, spread } from './stats';
import { walletPage } from './wallet-page';

const OURS = 'ww-ours';
/** The screenshots compared, kept for a look (git-ignored). */
const SHOTS = path.join(ROOT, 'bench/tmp/snapshots');
const PEER = 'ww-singlefile';
const FIXTURES = ['paypal-payment-declined.html', 'alipay-transfer-failed.html', 'binance-withdrawal-failed.html'];
/** SingleFile takes seconds on a big page: fewer pairs there (at least 3), about this long in all. */
const PEER_MS_PER_PAGE = 25_000;

/**
 * SingleFile's command-line defaults for what a page's copy keeps (single-file-cli options.js),
 * except loading deferred images, which scrolls the page and waits 1.5 s for it to settle: the
 * extension's snapshot does not do that either, and the time compared is the snapshot's.
 */
const SINGLEFILE_OPTIONS = {
  removeHiddenElements: true,
  removeUnusedStyles: true,
  removeUnusedFonts: true,
  removeAlternativeFonts: true,
  removeAlternativeMedias: true,
  removeAlternativeImages: true,
  removeNoScriptTags: true,
  compressHTML: true,
  groupDuplicateImages: true,
  maxSizeDuplicateImages: 512 * 1024,
  blockScripts: true,
  blockVideos: true,
  blockAudios: true,
  insertMetaCSP: true,
  insertSingleFileComment: true,
  resolveLinks: true,
  loadDeferredImages: false,
  removeFrames: false,
} as const;

interface FloorRow {
  page: string;
  elements: number;
  snapshot: Spread;
  /** One XMLSerializer pass plus one DOMPurify.sanitize of its text (default configuration). */
  floor: Spread;
  /** snapshotPage ÷ floor, sample by sample (the budget). */
  ratio: Spread;
  /** One XMLSerializer pass alone (issue 18's first floor), for information. */
  xml: Spread;
  /** snapshotPage ÷ XMLSerializer, sample by sample, for information. */
  xmlRatio: Spread;
  snapshotChars: number;
  /** Calls per sample (small pages: enough for ~4 ms). */
  batch: number;
}
interface PeerRow {
  page: string;
  ours: Spread;
  singlefile: Spread;
  /** Ours ÷ SingleFile, pair by pair. */
  ratio: Spread;
  fidelity: { ours: number; singlefile: number };
  /** Requests each snapshot tried when opened offline (all refused). */
  offlineRequests: { ours: number; singlefile: number };
  chars: { ours: number; singlefile: number };
}
export interface SnapshotResult {
  floor: FloorRow[];
  /** Fidelity of our snapshot on every page (also when SingleFile is absent). */
  fidelity: { page: string; ours: number }[];
  peer?: {
    version: string;
    commit: string;
    options: typeof SINGLEFILE_OPTIONS;
    rows: PeerRow[];
    /** Median over pages of the per-page time ratio (ours ÷ SingleFile). */
    timeRatio: number;
    /** Median over pages of each tool's fidelity, and of ours − SingleFile's page by page. */
    fidelity: { ours: number; singlefile: number; difference: number };
  };
  skipped?: string;
  webFonts: string[];
}

type Timed = { ms: number; chars: number; html: string };

const ourRun = (keep: boolean) => `(() => {
  const t0 = performance.now();
  const html = globalThis.__wwBench.snapshot();
  return { ms: performance.now() - t0, chars: html.length, html: ${keep} ? html : '' };
})()`;
const peerRun = (keep: boolean) => `(async () => {
  const t0 = performance.now();
  const data = await globalThis.singlefile.getPageData({ ...${JSON.stringify(SINGLEFILE_OPTIONS)}, url: location.href });
  const html = String(data.content);
  return { ms: performance.now() - t0, chars: html.length, html: ${keep} ? html : '' };
})()`;

async function floorOf(lp: LabPage, name: string, runs: number): Promise<FloorRow> {
  const r = await lp.inWorld<{ snapshot: number[]; floor: number[]; xml: number[]; snapChars: number; batch: number }>(
    OURS,
    `globalThis.__wwBench.snapshotVsFloor(${runs})`,
  );
  const elements = await lp.page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    page: name,
    elements,
    snapshot: spread(r.snapshot, 2),
    floor: spread(r.floor, 2),
    ratio: pairedRatio(r.snapshot, r.floor),
    xml: spread(r.xml, 2),
    xmlRatio: pairedRatio(r.snapshot, r.xml),
    snapshotChars: r.snapChars,
    batch: r.batch,
  };
}

export async function benchSnapshot(ourCode: string, floorRuns = 15, peerRuns = 7): Promise<SnapshotResult> {
  const lab = await openLab();
  mkdirSync(SHOTS, { recursive: true });
  const sf = loadSingleFile();
  const peer = 'missing' in sf ? null : sf;
  const skipped = 'missing' in sf ? sf.missing : undefined;
  if (skipped) progress(skipped);
  const rich = richPages();
  for (const a of rich.assets) lab.serve(a.path, a.body, a.type);
  const pages = [
    ...FIXTURES.map((f) => ({ name: f, path: `/fixtures/${f}`, html: readFileSync(path.join(ROOT, 'test/fixtures/pages', f)) })),
    { name: 'generated 20000', path: '/generated/20000.html', html: walletPage(20_000) },
    ...rich.pages,
  ];
  const floor: FloorRow[] = [];
  const fidelity: SnapshotResult['fidelity'] = [];
  const rows: PeerRow[] = [];
  try {
    for (const p of pages) {
      lab.serve(p.path, p.html);
      progress(`snapshot: ${p.name}${peer ? ', with SingleFile' : ''}`);
      const worlds = [{ world: OURS, source: ourCode }, ...(peer ? [{ world: PEER, source: peer.script }] : [])];
      const lp = await lab.open(p.path, worlds, peer ? [peer.hooks] : []);
      try {
        const liveShot = await lp.page.screenshot({ animations: 'disabled', caret: 'hide' });
        floor.push(await floorOf(lp, p.name, floorRuns));
        const ours: Timed[] = [];
        const theirs: Timed[] = [];
        let runs = peer ? peerRuns : 1;
        for (let i = 0; i < runs; i++) {
          const keep = i === runs - 1;
          const a = () => lp.inWorld<Timed>(OURS, ourRun(keep)).then((t) => ours.push(t));
          const b = () => lp.inWorld<Timed>(PEER, peerRun(keep)).then((t) => theirs.push(t));
          if (!peer) await a();
          else if (i % 2) await a().then(b);
          else await b().then(a);
          if (i === 0 && peer) runs = Math.min(peerRuns, Math.max(3, Math.ceil(PEER_MS_PER_PAGE / theirs[0]!.ms)));
        }
        const mine = await lab.offline(ours.at(-1)!.html);
        const shot = (who: string, png: Buffer) => writeFileSync(path.join(SHOTS, `${p.name.replace(/\W+/g, '-')}-${who}.png`), png);
        shot('live', liveShot);
        shot('ours', mine.png);
        const ourFidelity = round(similarity(liveShot, mine.png), 4);
        fidelity.push({ page: p.name, ours: ourFidelity });
        if (peer) {
          const other = await lab.offline(theirs.at(-1)!.html);
          shot('singlefile', other.png);
          rows.push({
            page: p.name,
            ours: spread(
              ours.map((t) => t.ms),
              2,
            ),
            singlefile: spread(
              theirs.map((t) => t.ms),
              2,
            ),
            ratio: pairedRatio(
              ours.map((t) => t.ms),
              theirs.map((t) => t.ms),
            ),
            fidelity: { ours: ourFidelity, singlefile: round(similarity(liveShot, other.png), 4) },
            offlineRequests: { ours: mine.requests.length, singlefile: other.requests.length },
            chars: { ours: ours.at(-1)!.chars, singlefile: theirs.at(-1)!.chars },
          });
        }
      } finally {
        await lp.close();
      }
    }
  } finally {
    await lab.close();
  }
  const result: SnapshotResult = { floor, fidelity, webFonts: rich.fonts };
  if (!peer) return { ...result, skipped };
  return {
    ...result,
    peer: {
      version: peer.version,
      commit: peer.commit,
      options: SINGLEFILE_OPTIONS,
      rows,
      timeRatio: round(median(rows.map((r) => r.ratio.median))),
      fidelity: {
        ours: round(median(rows.map((r) => r.fidelity.ours)), 4),
        singlefile: round(median(rows.map((r) => r.fidelity.singlefile)), 4),
        difference: round(median(rows.map((r) => r.fidelity.ours - r.fidelity.singlefile)), 4),
      },
    },
  };
}
