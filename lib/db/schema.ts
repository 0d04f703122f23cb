import Dexie, { type EntityTable } from 'dexie';
import { caseWrites, dueOf } from './case-writes';
import type { ArtifactBlob, CaseEvent, CaseRecord, EvidenceRecord, ImportRecord, KeyRecord, SettingRow } from './types';

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
  imports!: EntityTable<ImportRecord, 'id'>;
  keys!: EntityTable<KeyRecord, 'id'>;

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
    // v2: imported bundles live apart from the log (before, their records were appended to it
    // with an `origin`; those rows stay as they are), and the install's signing key. Only new
    // tables: every v1 row is a valid v2 row.
    this.version(2).stores({
      imports: 'id, caseId, contentSha256',
      keys: 'id',
    });
    // v3: filing and deletion records are looked up by the record they name (which case a capture
    // is filed under now; whether its content was erased). Only new indexes: every v2 row is a v3 row.
    this.version(3).stores({
      evidence: 'id, &seq, caseId, filed.id, deleted.id',
    });
    // v4: cases carry `dueMs` (derived on every write, lib/db/case-writes.ts), indexed so the
    // popup's overdue count reads no case. Rows written before get it here.
    this.version(4)
      .stores({ cases: 'id, updatedMs, status, siteId, dueMs' })
      .upgrade((tx) =>
        tx
          .table('cases')
          .toCollection()
          .modify((c: CaseRecord) => {
            const due = dueOf(c);
            if (due !== undefined) c.dueMs = due;
          }),
      );
    this.use(caseWrites);
  }
}
