import { WitnessDB, setDb } from '../../../lib/db';
import { createCase } from '../../../lib/cases/new-case';
import { addCapture, deleteEvidence } from '../../../lib/db/evidence';
import { fileItem } from '../../../lib/db/filing';
import { installSigner } from '../../../lib/db/keys';
import { setProfile, setRegion, setSetting } from '../../../lib/db/settings';
import { changeStatus, recordContact, recordReply } from '../../../lib/cases/lifecycle';
import { sha256Hex } from '../../../lib/evidence/hash';
import { importBytes, sampleBundle } from '../evidence/bundle-helpers';
import { html, meta, png } from '../evidence/helpers';

/** A fresh, empty database under a unique name, made the extension's db(). */
export function freshDb(): WitnessDB {
  const d = new WitnessDB(`hardening-${crypto.randomUUID()}`);
  setDb(d);
  return d;
}

const at = (s: string) => new Date(s);

/**
 * A database with something in every table, written through the repositories: two cases (one
 * filed, with contacts and a reply), captures (filed, unfiled, deleted with a tombstone), an
 * imported bundle (signed by another install), profile, region, user-added sites, reminder
 * state, the install's signing key.
 */
export async function populate(): Promise<WitnessDB> {
  const bundle = await sampleBundle({ title: 'Imported: Alipay refund' });
  const d = freshDb();
  const paypal = await createCase(
    {
      siteId: 'paypal',
      provider: 'PayPal',
      title: 'PayPal 1280.00 CNY · 9XK12',
      situation: 'failed-transfer',
      transactions: [{ id: '9XK12', amount: '1280.00', currency: 'CNY', reason: 'insufficient-funds', message: 'Payment declined' }],
      remedy: 'refund',
      region: 'CN',
      status: 'draft',
    },
    at('2026-11-20T09:00:00Z'),
  );
  const filed = await recordContact(
    paypal,
    { channel: 'chat', reference: 'PP-D-123456', note: '客服说 3 个工作日内回复' },
    at('2026-11-20T10:00:00Z'),
  );
  await recordReply(filed, 'We are looking into it.', at('2026-11-22T08:00:00Z'));
  const scam = await createCase(
    {
      siteId: null,
      provider: '某交易所',
      title: '被骗转账 5000 USDT',
      situation: 'fraud',
      transactions: [{ id: '0xabc123', amount: '5000', currency: 'USDT' }],
      remedy: 'reversal',
      region: 'CN',
      status: 'draft',
    },
    at('2026-11-21T09:00:00Z'),
  );
  await changeStatus(scam, 'escalated', at('2026-11-23T09:00:00Z'));
  const shots = [];
  for (const [i, caseId] of [paypal.id, paypal.id, null, scam.id].entries()) {
    shots.push(
      await addCapture(
        {
          caseId,
          meta: meta({
            title: `page ${i}`,
            note: i === 1 ? 'second try\nstill failing' : '',
            capturedAt: `2026-11-2${i}T12:00:00.000+08:00`,
          }),
          artifacts: [
            { name: 'screenshot.png', type: 'image/png', blob: png(i * 3) },
            { name: 'page.html', type: 'text/html', blob: html(`snapshot ${i} 付款失败`) },
            { name: 'thumbnail.png', type: 'image/png', blob: png(i * 3 + 1) },
          ],
        },
        at(`2026-11-2${i}T04:00:00Z`),
      ),
    );
  }
  await deleteEvidence(shots[1]!.id, at('2026-11-25T04:00:00Z'));
  // v3: the unfiled capture filed under the scam case, by a filing record.
  await fileItem(shots[2]!.id, { caseId: scam.id }, at('2026-11-25T05:00:00Z'));
  await importBytes(bundle.bytes, 'alipay-refund.zip', at('2026-11-26T06:00:00Z'));
  await installSigner(at('2026-11-20T08:00:00Z'));
  await setProfile({
    name: '张伟',
    email: 'zhang.wei@example.com',
    phone: '+86 138 0013 8000',
    accounts: { '*': 'zw-default', paypal: 'zhang.wei@example.com' },
  });
  await setRegion('CN');
  await setSetting('user-sites', ['pay.example.com', 'wallet.example.org']);
  await setSetting('reminders-fired', { [`followup:${paypal.id}`]: 1_764_000_000_000 });
  return d;
}

/** Every row of every table, blobs as type + size + SHA-256: equal dumps mean equal databases. */
export async function fullDump(d: WitnessDB) {
  const blobs = await d.blobs.toArray();
  return {
    cases: await d.cases.orderBy('id').toArray(),
    events: await d.events.orderBy('id').toArray(),
    evidence: await d.evidence.orderBy('seq').toArray(),
    settings: await d.settings.orderBy('key').toArray(),
    imports: await d.imports.orderBy('id').toArray(),
    blobs: (
      await Promise.all(blobs.map(async (b) => ({ id: b.id, type: b.blob.type, size: b.blob.size, sha256: await sha256Hex(b.blob) })))
    ).sort((a, b) => a.id.localeCompare(b.id)),
  };
}
