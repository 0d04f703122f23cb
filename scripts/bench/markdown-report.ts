// The printed report: Markdown, so the README and a closing note can quote it as is. Absolute
// times are for information (they move with the machine's load); the budgets are ratios.
import type { BenchResults } from './results';
import { kb, median, ms, msSpread, ratioSpread } from './stats';

function table(head: string[], rows: string[][]): string {
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

/** The figures of the last round: what was measured, absolute, and the ratio to its floor. */
function measurements(r: BenchResults['latest']): string[][] {
  const rows: string[][] = [];
  const d = r.detection;
  if (d) {
    const f = d.fixtures;
    const slowest = [...f].sort((a, b) => b.median - a.median)[0];
    const agree = f.filter((x) => x.kind === x.expected).length;
    if (slowest)
      rows.push([
        `detection, ${f.length} fixture pages (${f[0]?.runs} runs each)`,
        `median of medians ${ms(median(f.map((x) => x.median)))}; slowest ${ms(slowest.median)} (${slowest.page})`,
        `verdict as labelled on ${agree}/${f.length}`,
      ]);
    for (const g of d.generated)
      rows.push([
        `detection, ${g.elements.toLocaleString('en')} elements (${g.runs} runs)`,
        `median ${ms(g.median)}, p95 ${ms(g.p95)}`,
        `verdict ${g.kind}`,
      ]);
    for (const w of d.floor)
      rows.push([
        `detection ÷ bare text walk, ${w.page} (${w.ratio.n} pairs)`,
        `${msSpread(w.detect)} vs walk ${msSpread(w.walk)} (${w.walkChars.toLocaleString('en')} characters)`,
        ratioSpread(w.ratio),
      ]);
    if (d.cold)
      rows.push([
        `detection, first (cold) run, ${d.cold.page}`,
        `median ${ms(d.cold.firstRunMedian)} over ${d.cold.loads} fresh renderer processes`,
        `warm median ${ms(d.cold.warmMedian)}`,
      ]);
  }
  for (const g of r.registry ?? [])
    rows.push([
      `registry ${g.sites} sites ÷ real, ${g.page} (${g.ratio.n} pairs)`,
      `${msSpread(g.generated)} vs ${msSpread(g.real)}`,
      ratioSpread(g.ratio),
    ]);
  const p = r.pageCost;
  if (p)
    rows.push([
      `page script CPU time, ${p.elements.toLocaleString('en')}-element app page (${p.reps} pairs of loads)`,
      `with ${msSpread(p.with.script)}, without ${msSpread(p.without.script)}, of which the extension's own ${msSpread(p.extensionScript)} (${Object.entries(
        p.extensionByEvent,
      )
        .map(([k, v]) => `${k} ${ms(v)}`)
        .join(
          ', ',
        )}); wall time of that script ${ms(p.with.scriptWall.median)} vs ${ms(p.without.scriptWall.median)}; all main-thread tasks (CPU) ${ratioSpread(p.taskRatio)}; load-to-idle ${ratioSpread(p.loadToIdleRatio)}; first paint ${ms(p.with.fcp.median)} vs ${ms(p.without.fcp.median)}`,
      ratioSpread(p.ratio),
    ]);
  if (p?.leastReader)
    rows.push([
      'page script CPU time, the least reader (an extension whose content script only walks the text nodes once and joins them, at the same moment), same loads',
      `its own script ${msSpread(p.leastReader.own)}: what any extension that reads this page once costs`,
      ratioSpread(p.leastReader.ratio),
    ]);
  const c = r.capture;
  if (c) {
    const b = c.bare;
    rows.push([
      `capture, one click ÷ bare primitives with commitments (${c.reps} pairs)`,
      `${msSpread(c.oneClick)} vs ${msSpread(b.floor)} = old floor ${ms(b.sum.median)} + PNG to RGBA ${ms(b.pixels)} + ${b.tiles} tile SHA-256 ${ms(b.tileDigests)} + ${b.parts} part SHA-256 ${ms(b.partDigests)}`,
      ratioSpread(c.ratio),
    ]);
    rows.push([
      `capture, one click ÷ old floor, no commitments (${c.reps} pairs, information)`,
      `${msSpread(c.oneClick)} vs ${msSpread(b.sum)} = captureVisibleTab ${ms(b.screenshot)} + decode ${ms(b.decode)} + outerHTML via executeScript ${ms(b.serializeOuterHTML)} + SHA-256 ${ms(b.sha256)} + IndexedDB put ${ms(b.idbPut)}`,
      ratioSpread(c.oldRatio),
    ]);
    const st = c.stages;
    rows.push([
      'capture, where one click goes (medians)',
      `worker ${ms(c.oneClickParts.worker)} of ${ms(c.oneClickParts.message)} round trip; replayed: tab ${ms(st.tabLookup)}, probe ${ms(st.probeRun)}, captureVisibleTab ${ms(st.screenshot)}, decode ${ms(st.decode)}, hash ${ms(st.hash)}, store ~${ms(st.storeEstimate)}, commitments (bare) ~${ms(st.commit)}`,
      `not replayed ${ms(st.rest)}`,
    ]);
    rows.push([
      `capture, full page (${c.fullPage.reps} runs)`,
      `${c.fullPage.screens} screens in ${ms(c.fullPage.totalMedian)}`,
      `${ms(c.fullPage.perScreen)} per screen`,
    ]);
  }
  const h = r.history;
  if (h)
    rows.push([
      `history, ${h.full.cases.toLocaleString('en')} cases / ${h.full.evidence.toLocaleString('en')} items ÷ empty (${h.ratio.n} pairs of opens)`,
      `open-to-rendered ${msSpread(h.full.open)} (p95 ${ms(h.full.p95)}) vs ${msSpread(h.empty.open)}`,
      ratioSpread(h.ratio),
    ]);
  const s = r.storage;
  if (s)
    rows.push([
      `storage, ${s.rows.toLocaleString('en')} evidence rows × ${s.rounds} rounds ÷ raw IndexedDB (${s.ratio.n} pairs, each the fastest of 3 ${s.block}-row blocks)`,
      `repositories ${ms(s.repoMsMedian)} (${ms(s.perRowRepo)}/row), raw ${ms(s.rawMsMedian)} (${ms(s.perRowRaw)}/row)`,
      ratioSpread(s.ratio),
    ]);
  const sn = r.snapshot;
  for (const f of sn?.floor ?? [])
    rows.push([
      `snapshotPage ÷ XMLSerializer + DOMPurify, ${f.page} (${f.elements.toLocaleString('en')} elements, ${f.ratio.n} rounds${f.batch > 1 ? ` of ${f.batch} calls` : ''})`,
      `${msSpread(f.snapshot)} vs ${msSpread(f.floor)}; ÷ XMLSerializer alone (${msSpread(f.xml)}) ${ratioSpread(f.xmlRatio)}`,
      ratioSpread(f.ratio),
    ]);
  if (sn?.peer)
    for (const q of sn.peer.rows)
      rows.push([
        `snapshot vs SingleFile ${sn.peer.version}, ${q.page} (${q.ratio.n} pairs)`,
        `${msSpread(q.ours)} vs ${msSpread(q.singlefile)}; fidelity ${pct(q.fidelity.ours)} vs ${pct(q.fidelity.singlefile)}; offline requests ${q.offlineRequests.ours} vs ${q.offlineRequests.singlefile}`,
        ratioSpread(q.ratio),
      ]);
  else if (sn) for (const q of sn.fidelity) rows.push([`snapshot fidelity, ${q.page}`, pct(q.ours), '']);
  const l = r.lookalike;
  if (l) {
    const us = (x: number) => `${(x * 1000).toFixed(1)} µs`;
    rows.push([
      `look-alike check ÷ bare host-name parse, ${l.urls} navigations (${l.ratio.n} pairs, service worker)`,
      `${us(l.check.median)} (${us(l.check.p25)}–${us(l.check.p75)}) vs ${us(l.floor.median)} per URL; per URL (${l.batch} calls each) median ${us(l.median)}, p95 ${us(l.p95)}, max ${us(l.max)}; offline list loaded and indexed in ${ms(l.listLoad)} once per worker start; ${l.warned} of ${l.urls} warned`,
      ratioSpread(l.ratio),
    ]);
  }
  for (const z of r.size ?? [])
    rows.push([`size, ${z.part}`, `${kb(z.bytes)} minified, ${kb(z.gzip)} gzipped`, `${z.files.length} file(s)`]);
  return rows;
}

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const load = (xs: number[]) => xs.map((x) => x.toFixed(1)).join('/');
  const out: string[] = [
    `Wallet Witness bench, ${m.date}, commit ${r.commit.head.slice(0, 10)}${r.commit.dirty ? ' (with uncommitted changes)' : ''}${r.commit.main ? `, main ${r.commit.main.slice(0, 10)} merged` : ''}`,
    `${m.cpu} × ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, ${m.chromium}`,
    `load average (1/5/15 min) ${r.rounds.map((x) => `round ${x.round}: ${load(x.loadAverage.before)} → ${load(x.loadAverage.after)}`).join('; ')}`,
    '',
    'Ratios: median of the pairs, p25–p75 in brackets. Absolute times are for information.',
    '',
    table(['measurement', 'result', 'ratio'], measurements(r.latest)),
    '',
  ];
  if (r.latest.snapshot?.skipped) out.push(r.latest.snapshot.skipped, '');
  const names = r.rounds[0]?.budgets.map((b) => b.budget) ?? [];
  if (names.length) {
    const rows = names.map((name) => {
      const per = r.rounds.map((x) => x.budgets.find((b) => b.budget === name));
      const last = per.at(-1);
      const verdict = r.verdict.confirmed.includes(name) ? 'FAIL' : last?.pass ? 'pass' : 'missed once';
      return [name, last?.limit ?? '', ...per.map((b) => (b ? `${b.value}${b.spread ? ` (${b.spread})` : ''}` : '—')), verdict];
    });
    out.push(table(['budget', 'limit', ...r.rounds.map((x) => `round ${x.round}`), ''], rows), '');
  }
  out.push(
    r.verdict.pass
      ? `All budgets met${r.verdict.unconfirmed.length ? ` (missed once, not confirmed: ${r.verdict.unconfirmed.join('; ')})` : ''}.`
      : `${r.verdict.confirmed.length} budget(s) missed in two consecutive rounds: ${r.verdict.confirmed.join('; ')}.`,
  );
  return out.join('\n');
}
