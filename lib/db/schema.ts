import Dexie, { type EntityTable } from 'dexie';
import { caseWrites } from './case-writes';
import type { ArtifactBlob, CaseEvent, CaseRecord, EvidenceRecord, SettingRow } from './types';

const DB_NAME = 'wallet-witness';

/**
 * The database. Every version stays listed: Dexie needs the whole history to upgrade old
 * profiles, and test/fixtures/db has a dump written by each version (see db upgrade test).
 */
export class WitnessDB extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  evidence!: EntityTable<EvidenceRecord, 'id'>;
  blobs!: EntityTable<ArtifactBlob, 'id'>;
  events!: EntityTable<CaseEvent, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: index only what is queried. Blobs live in their own table, apart from list rows.
    this.version(1).stores({
      cases: 'id, updatedMs, status, siteId',
      evidence: 'id, &seq, caseId',
      blobs: 'id',
      events: '++id, caseId, [caseId+atMs]',
      settings: 'key',
    });
    this.use(caseWrites);
  }
}
