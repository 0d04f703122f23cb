// A complaint as the database holds it, for plan and letter tests.
import type { CaseRecord, EvidenceRecord, Profile } from '../../../lib/db/types';

export const profile: Profile = {
  name: 'Alex Morgan',
  email: 'alex@example.com',
  phone: '+86 138 0013 8000',
  accounts: { alipay: 'alex@example.com', paypal: 'alex.morgan@example.com', '*': 'alex-default' },
};

export const zhProfile: Profile = { ...profile, name: '王小明' };

export const failedCase: CaseRecord = {
  id: 'case-1',
  siteId: 'paypal',
  provider: 'PayPal',
  title: 'Payment to shop declined',
  situation: 'failed-transfer',
  transactions: [
    {
      id: '8AB12345CD6789012',
      amount: '1280.00',
      currency: 'CNY',
      reason: 'declined-by-recipient-or-bank',
      message: 'This payment was declined. (Code 10417)',
      at: '2026-11-20T10:05:00.000+08:00',
    },
  ],
  remedy: 'refund',
  remedyNote: 'The money left my bank account but the payment shows as declined.',
  region: 'CN',
  status: 'awaiting-reply',
  contacts: [
    { channel: 'phone', reference: 'PP-D-55501', at: '2026-11-21T09:30:00.000+08:00', note: 'Told to wait 5 days' },
    { channel: 'email', at: '2026-11-27T14:00:00.000+08:00' },
  ],
  createdAt: '2026-11-20T10:20:00.000+08:00',
  updatedMs: 0,
  escalationDueAt: '2026-12-20T00:00:00.000+08:00',
  searchText: 'paypal 8ab12345cd6789012',
};

export const evidence: Pick<EvidenceRecord, 'meta' | 'artifacts' | 'digest' | 'kind'>[] = [
  {
    kind: 'capture',
    digest: 'a'.repeat(64),
    artifacts: [
      { name: 'ev-1/screenshot.png', type: 'image/png', size: 1000, sha256: 'b'.repeat(64), blobId: 'x' },
      { name: 'ev-1/page.html', type: 'text/html', size: 2000, sha256: 'c'.repeat(64), blobId: 'y' },
    ],
    meta: {
      url: 'https://www.paypal.com/myaccount/transactions/details/8AB12345CD6789012',
      title: 'Transaction details - PayPal',
      capturedAt: '2026-11-20T10:07:00.000+08:00',
      timeZone: 'Asia/Shanghai',
      viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
      userAgent: 'test',
      extensionVersion: '0.1.0',
      detection: null,
      note: '',
    },
  },
  { kind: 'tombstone', digest: 'd'.repeat(64), artifacts: [], meta: null },
];

/** The least a case can hold. */
export const bareCase: CaseRecord = {
  id: 'case-2',
  siteId: null,
  provider: '',
  title: '',
  situation: 'other',
  transactions: [],
  remedy: 'other',
  region: 'GLOBAL',
  status: 'draft',
  contacts: [],
  createdAt: '',
  updatedMs: 0,
  searchText: '',
};
