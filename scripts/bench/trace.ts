// CPU time on a page's main thread from the browser's own tracing (CDP Tracing, the events the
// DevTools Performance panel shows): thread time (tdur), not wall time, so a busy machine that
// takes the CPU away from the renderer does not count against whoever was running.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; processId?: number; frame?: string } };
}

/** What DevTools counts as scripting (compile, run, callbacks, the garbage collection they cause). */
const SCRIPT = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'MinorGC',
  'MajorGC',
]);

export interface MainThreadTime {
  /** CPU ms in script (outermost script events). */
  script: number;
  /** Wall ms of the same events. */
  scriptWall: number;
  /** CPU ms of the outermost script events that ran code from chrome-extension:// URLs. */
  extension: number;
  /** The same by event name (EvaluateScript: loading the content script; FunctionCall: its callbacks). */
  extensionByEvent: Record<string, number>;
  /** CPU ms of every task on the main thread (script, parsing, style, layout, paint). */
  tasks: number;
}

/** Start tracing the page `cdp` is attached to (call before navigating). */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<MainThreadTime>> {
  const events: TraceEvent[] = [];
  const collect = (d: { value: object[] }) => events.push(...(d.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return mainThreadTime(events);
  };
}

/** The renderer main threads of the pages the trace saw commit an http(s) document. */
function mainThreadTime(events: TraceEvent[]): MainThreadTime {
  const pids = new Set<number>();
  for (const e of events)
    if (e.name === 'FrameCommittedInBrowser' && /^https?:/.test(e.args?.data?.url ?? '')) pids.add(e.args?.data?.processId ?? e.pid);
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid));
  if (!mains.length) throw new Error('bench: the trace has no renderer main thread for the page');
  const out: MainThreadTime = { script: 0, scriptWall: 0, extension: 0, extensionByEvent: {}, tasks: 0 };
  const ms = (us = 0) => us / 1000;
  for (const m of mains) {
    const own = events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X')
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let scriptEnd = -1;
    let extEnd = -1;
    let taskEnd = -1;
    for (const e of own) {
      const end = e.ts + (e.dur ?? 0);
      if (e.name === 'RunTask' && e.ts >= taskEnd) {
        out.tasks += ms(e.tdur);
        taskEnd = end;
      }
      if (!SCRIPT.has(e.name)) continue;
      if (e.ts >= scriptEnd) {
        out.script += ms(e.tdur);
        out.scriptWall += ms(e.dur);
        scriptEnd = end;
      }
      if (e.ts >= extEnd && (e.args?.data?.url ?? '').startsWith('chrome-extension://')) {
        out.extension += ms(e.tdur);
        out.extensionByEvent[e.name] = (out.extensionByEvent[e.name] ?? 0) + ms(e.tdur);
        extEnd = end;
      }
    }
  }
  return out;
}
