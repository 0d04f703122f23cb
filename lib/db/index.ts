import { WitnessDB } from './schema';

export { WitnessDB } from './schema';
export type * from './types';

let instance: WitnessDB | null = null;

/** The one database of this extension context. Tests may swap it with `setDb`. */
export function db(): WitnessDB {
  instance ??= new WitnessDB();
  return instance;
}

/** For tests and the bench: use another database (e.g. a fresh name per test). */
export function setDb(next: WitnessDB): void {
  instance = next;
}
