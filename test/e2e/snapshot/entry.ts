// Bundled for the snapshot lab (lab.ts): the page-side code of the snapshot, exposed to tests.
import { isolateSnapshot } from '../../../lib/evidence/isolate';
import { snapshotPage, snapshotWithFacts } from '../../../lib/evidence/snapshot';
import { readFonts } from '../../../lib/evidence/snapshot-fonts';
import { purifySnapshot } from '../../../lib/evidence/snapshot-purify';

Object.assign(globalThis, { __wwSnapshot: { snapshotPage, purifySnapshot, isolateSnapshot, snapshotWithFacts, readFonts } });
