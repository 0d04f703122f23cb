// A crypto-exchange case with facts read from a withdrawal page, for the pack tests.
import type { CaseRecord, EvidenceRecord } from '../../../lib/db/types';
import type { Fact } from '../../../lib/facts/types';
import { failedCase } from '../prefill/case-data';

export const TXID = '0x4e3a3754410177e6937ef1f84bba68ea139e8d1a2258c5f85db9f1cd715a1bdd';
export const ADDRESS = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';

export const FACTS: Fact[] = [
  { type: 'transaction-id', value: TXID, network: 'evm', where: 'TxID' },
  { type: 'address', value: ADDRESS, network: 'evm', valid: true, where: 'Address' },
  { type: 'address', value: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj7t', network: 'tron', valid: false, where: 'Address' },
  { type: 'amount', value: '250.00', currency: 'USDT', where: 'Amount' },
  { type: 'datetime', value: '2026-11-26 14:03:22', iso: '2026-11-26T14:03:22+08:00', where: 'Date' },
  { type: 'reference', value: '88412095', where: 'Ticket' },
  { type: 'url', value: 'https://www.binance.com/en/my/wallet/history', where: 'address bar' },
];

export const cryptoCase: CaseRecord = {
  ...failedCase,
  id: 'case-x',
  siteId: 'binance',
  provider: 'Binance',
  situation: 'fraud',
  region: 'US',
  transactions: [{ id: TXID, amount: '250.00', currency: 'USDT', reason: 'unknown', at: '2026-11-26T14:03:22.000+08:00' }],
  remedy: 'reversal',
  remedyNote: undefined,
  contacts: [{ channel: 'chat', reference: 'BN-7781', at: '2026-11-27T09:00:00.000+08:00' }],
  finalAnswerAt: '2026-12-01',
};

const base = { caseId: 'case-x', recordedAt: '2026-11-26T06:05:00.000Z', prevDigest: '0'.repeat(64), attachment: undefined };

export const records: EvidenceRecord[] = [
  {
    ...base,
    id: 'ev-1',
    seq: 3,
    kind: 'capture',
    digest: 'a'.repeat(64),
    artifacts: [{ name: 'screenshot.png', type: 'image/png', size: 1000, sha256: 'b'.repeat(64), blobId: 'x' }],
    meta: {
      url: 'https://www.binance.com/en/my/wallet/history/withdraw-crypto?id=1',
      title: 'Withdrawal Details',
      capturedAt: '2026-11-26T14:05:00.000+08:00',
      timeZone: 'Asia/Shanghai',
      viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
      userAgent: 'test',
      extensionVersion: '0.1.0',
      detection: null,
      note: '',
      facts: FACTS,
    },
  },
  {
    ...base,
    id: 'ev-2',
    seq: 4,
    kind: 'attachment',
    digest: 'c'.repeat(64),
    meta: null,
    artifacts: [{ name: 'chat.png', type: 'image/png', size: 10, sha256: 'd'.repeat(64), blobId: 'y' }],
    attachment: {
      fileName: 'chat.png',
      type: 'image/png',
      size: 10,
      lastModified: '2026-11-27T00:00:00.000Z',
      intakeAt: '2026-11-27T01:00:00.000Z',
      timeZone: 'UTC',
      note: '',
    },
  },
  { ...base, id: 'ev-3', seq: 5, kind: 'capture', digest: 'e'.repeat(64), meta: null, artifacts: [] },
  {
    ...base,
    id: 'tomb',
    seq: 6,
    kind: 'tombstone',
    digest: 'f'.repeat(64),
    meta: null,
    artifacts: [],
    deleted: { id: 'ev-3', at: '2026-11-28T00:00:00Z', digest: 'e'.repeat(64) },
  },
];

export const events = [
  { caseId: 'case-x', type: 'reply' as const, at: '2026-11-28T10:00:00.000+08:00', atMs: 0, text: 'We are reviewing your withdrawal.' },
];
