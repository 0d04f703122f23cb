// Bundled for the snapshot lab (lab.ts): the page-side code of the snapshot, exposed to tests.
import { isolateSnapshot } from '../../../lib/evidence/isolate';
import { snapshotPage } from '../../../lib/evidence/snapshot';
import { purifySnapshot } from '../../../lib/evidence/snapshot-purify';

Object.assign(globalThis, { __wwSnapshot: { snapshotPage, purifySnapshot, isolateSnapshot } });
