// The printed table: Markdown, so a closing note can quote it as is.
import type { BenchResults } from './results';
import { kb, median, ms, ratio } from './stats';

function table(head: string[], rows: string[][]): string {
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const load = (xs: number[]) => xs.map((x) => x.toFixed(1)).join('/');
  const out: string[] = [
    `Wallet Witness bench, ${m.date}`,
    `${m.cpu} × ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, ${m.chromium}; load average ${load(r.loadAverage.before)} before, ${load(r.loadAverage.after)} after`,
    `build: ${r.build}`,
    '',
  ];
  const rows: string[][] = [];
  const d = r.detection;
  if (d) {
    const f = d.fixtures;
    const slowest = [...f].sort((a, b) => b.median - a.median)[0];
    const tail = [...f].sort((a, b) => b.p95 - a.p95)[0];
    const agree = f.filter((x) => x.kind === x.expected).length;
    if (slowest && tail)
      rows.push([
        `detection, ${f.length} fixture pages (${f[0]?.runs} runs each)`,
        `median of medians ${ms(median(f.map((x) => x.median)))}; slowest median ${ms(slowest.median)} (${slowest.page}); slowest p95 ${ms(tail.p95)} (${tail.page})`,
        `verdict as labelled on ${agree}/${f.length}`,
      ]);
    for (const g of d.generated)
      rows.push([
        `detection, ${g.elements.toLocaleString('en')} elements (${g.runs} runs)`,
        `median ${ms(g.median)}, p95 ${ms(g.p95)}`,
        `verdict ${g.kind}`,
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
      `registry scale, ${g.page}`,
      `real registry ${ms(g.realMedian)}, ${g.sites} sites ${ms(g.generatedMedian)}`,
      ratio(g.ratio),
    ]);
  const p = r.pageCost;
  if (p)
    rows.push([
      `page cost, ${p.elements.toLocaleString('en')} elements (${p.reps} loads each)`,
      `load-to-idle ${ms(p.with.idleMedian)} with, ${ms(p.without.idleMedian)} without; first contentful paint ${ms(p.with.fcpMedian)} vs ${ms(p.without.fcpMedian)}; main-thread tasks ${ms(p.with.taskMsMedian)} vs ${ms(p.without.taskMsMedian)}, script ${ms(p.with.scriptMsMedian)} vs ${ms(p.without.scriptMsMedian)}`,
      `${ratio(p.ratio)} (tasks ${ratio(p.taskRatio)})`,
    ]);
  const c = r.capture;
  if (c) {
    const b = c.bare;
    rows.push([
      `capture, one click in the popup (${c.reps} runs)`,
      `${ms(c.oneClickMedian)} vs bare ${ms(b.sum)} = captureVisibleTab ${ms(b.screenshot)} + decode ${ms(b.decode)} + outerHTML via executeScript ${ms(b.serializeOuterHTML)} + SHA-256 ${ms(b.sha256)} + IndexedDB put ${ms(b.idbPut)}`,
      `${ratio(c.ratio)}; snapshotPage ${ms(c.snapshotPageMedian)}`,
    ]);
    const st = c.stages;
    rows.push([
      'capture, where one click goes (medians)',
      `worker ${ms(c.oneClickParts.worker)} of ${ms(c.oneClickParts.message)} message round trip; replayed: tab ${ms(st.tabLookup)}, probe ${ms(st.probeRun)}, captureVisibleTab ${ms(st.screenshot)}, decode ${ms(st.decode)}, hash ${ms(st.hash)}, store ~${ms(st.storeEstimate)}`,
      `not replayed ${ms(st.rest)}`,
    ]);
    rows.push([
      `capture, full page (${c.fullPage.reps} runs)`,
      `${c.fullPage.screens} screens in ${ms(c.fullPage.totalMedian)}`,
      `${ms(c.fullPage.perScreen)} per screen`,
    ]);
  }
  const h = r.history;
  if (h) {
    rows.push([
      `history, empty database (${h.empty.reps} opens)`,
      `open-to-rendered median ${ms(h.empty.median)}, p95 ${ms(h.empty.p95)}`,
      '',
    ]);
    rows.push([
      `history, ${h.full.cases.toLocaleString('en')} cases / ${h.full.evidence.toLocaleString('en')} evidence (${h.full.reps} opens)`,
      `open-to-rendered median ${ms(h.full.median)}, p95 ${ms(h.full.p95)}`,
      ratio(h.ratio),
    ]);
  }
  const s = r.storage;
  if (s)
    rows.push([
      `storage, ${s.rows.toLocaleString('en')} evidence rows (median of ${s.rounds} rounds)`,
      `repositories ${ms(s.repoMsMedian)} (${ms(s.perRowRepo)}/row), raw IndexedDB ${ms(s.rawMsMedian)} (${ms(s.perRowRaw)}/row)`,
      ratio(s.ratio),
    ]);
  for (const z of r.size ?? [])
    rows.push([`size, ${z.part}`, `${kb(z.bytes)} minified, ${kb(z.gzip)} gzipped`, `${z.files.length} file(s)`]);
  out.push(table(['measurement', 'result', 'ratio / note'], rows), '');
  if (r.budgets?.length)
    out.push(
      table(
        ['budget', 'limit', 'value', ''],
        r.budgets.map((b) => [b.budget, b.limit, b.value, b.pass ? 'PASS' : 'FAIL']),
      ),
      '',
    );
  return out.join('\n');
}
