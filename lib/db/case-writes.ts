import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { send } from '../message-send';
import type { CaseRecord } from './types';

type Dated = Pick<CaseRecord, 'status' | 'nextFollowUpAt' | 'escalationDueAt'>;

/** The case's `dueMs`: its earliest follow-up or escalation date (ms) while open, else undefined. */
export function dueOf(c: Dated): number | undefined {
  if (c.status === 'resolved' || c.status === 'closed') return undefined;
  const due = [c.nextFollowUpAt, c.escalationDueAt].map((d) => (d ? Date.parse(d) : Number.NaN)).filter((d) => !Number.isNaN(d));
  return due.length ? Math.min(...due) : undefined;
}

/** A copy of a case row with `dueMs` as its dates say (dropped when it has none). */
function withDue<T extends Dated & { dueMs?: number }>(row: T): T {
  const { dueMs: _old, ...rest } = row;
  const due = dueOf(row);
  return (due === undefined ? rest : { ...rest, dueMs: due }) as T;
}

/**
 * Who hears that this context committed a change to the cases table. The background arms
 * reminders from the cases' dates (lib/background/reminders.ts), so it must hear of every change,
 * whichever context made it, and no component has to remember to tell it.
 *
 * Why a message: Dexie's hooks and liveQuery see other contexts' writes only through a
 * BroadcastChannel, and IndexedDB has no change events of its own; a BroadcastChannel message
 * does not wake a stopped MV3 service worker, so the worker would miss changes made while it
 * sleeps. A runtime message does wake it. The worker itself hears its own writes (a capture that
 * starts a case) through the listener it sets here, since runtime messages never reach their
 * sender.
 */
let listener: () => void = () => void send('cases-changed', {}).catch(() => undefined);

/** Replace what happens after this context writes cases (the background calls this once). */
export function onCaseWrites(next: () => void): void {
  listener = next;
}

const watched = new WeakSet<DBCoreTransaction>();

/**
 * Every case row written gets its `dueMs` (withDue), whoever writes it (a capture, the popup, an
 * import, a restore); and the listener is called once per committed transaction that wrote the
 * cases table (none if it aborts).
 */
export const caseWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'case-writes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'cases') return table;
      return {
        ...table,
        mutate: (req) => {
          if (!watched.has(req.trans)) {
            watched.add(req.trans);
            // Dexie's IndexedDB core hands the IDBTransaction itself down as `trans`.
            (req.trans as unknown as IDBTransaction).addEventListener('complete', () => listener());
          }
          if (req.type === 'add' || req.type === 'put')
            return table.mutate({ ...req, values: req.values.map((v) => withDue(v as CaseRecord)) });
          return table.mutate(req);
        },
      };
    },
  }),
};
