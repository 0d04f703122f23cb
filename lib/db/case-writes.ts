import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { send } from '../message-send';

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

/** Calls the listener once per committed transaction that wrote the cases table (none if it aborts). */
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
          return table.mutate(req);
        },
      };
    },
  }),
};
