// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAttachment } from '../../../lib/db/attachments';
import { deleteEvidence, getBlob, verifyLog } from '../../../lib/db/evidence';
import { caseItems, fileItem, unfiledItems } from '../../../lib/db/filing';
import { emlHeaders } from '../../../lib/evidence/eml-headers';
import { sha256OfBlob } from '../../../lib/evidence/file-hash';
import { INTAKE_LIMITS } from '../../../lib/evidence/intake-limits';
import { caseRecord, dump, freshDb } from './helpers';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/intake');
const fixture = (name: string, type: string) =>
  new File([readFileSync(path.join(DIR, name))], name, { type, lastModified: Date.UTC(2026, 10, 24, 1) });
const sha256sum = (name: string) => execFileSync('sha256sum', [path.join(DIR, name)], { encoding: 'utf8' }).split(' ')[0];

describe('adding files', () => {
  it('hashes each file at intake exactly as sha256sum does, and keeps its bytes, name, size, type and lastModified', async () => {
    const d = freshDb();
    const kase = caseRecord();
    await d.cases.add(kase);
    for (const [name, type] of [
      ['phone-screenshot.png', 'image/png'],
      ['statement.pdf', 'application/pdf'],
      ['reply.eml', ''],
    ] as const) {
      const rec = await addAttachment(fixture(name, type), kase.id, new Date('2026-12-01T02:00:00Z'));
      expect(rec.kind).toBe('attachment');
      expect(rec.artifacts[0]!.sha256).toBe(sha256sum(name));
      expect(rec.attachment).toMatchObject({
        fileName: name,
        size: readFileSync(path.join(DIR, name)).byteLength,
        lastModified: '2026-11-24T01:00:00.000Z',
      });
      const stored = await getBlob(rec.artifacts[0]!.blobId);
      expect(Buffer.from(await stored!.arrayBuffer()).equals(readFileSync(path.join(DIR, name)))).toBe(true);
    }
    expect((await caseItems(kase.id)).map((i) => i.record.attachment?.fileName)).toEqual([
      'reply.eml',
      'statement.pdf',
      'phone-screenshot.png',
    ]);
    expect(await verifyLog()).toEqual({ ok: true });
  });

  it('hashes in chunks to the same digest as a one-shot hash, across chunk boundaries', async () => {
    const bytes = new Uint8Array(9 * 1024 * 1024 + 7).map((_, i) => (i * 31) % 251);
    const expected = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    expect(await sha256OfBlob(new Blob([bytes]))).toBe(expected);
  });

  it("reads an .eml's Date, From, To, Subject and Message-ID, and notes a DKIM-Signature without verifying it", async () => {
    const h = await emlHeaders(fixture('reply.eml', 'message/rfc822'));
    expect(h).toEqual({
      date: '2026-11-24T01:15:00.000Z',
      from: 'Example Bank Support <support@bank.example>',
      to: 'Li Ming <li.ming@mail.example>',
      subject: '你的投诉已受理 (ref CS-2026-1124-0042)',
      messageId: '<20261124091500.4242@bank.example>',
      dkimSignature: true,
    });
    const plain = new File(['From: a@x.example\r\nSubject: hi\r\n\r\nbody'], 'm.eml');
    expect(await emlHeaders(plain)).toEqual({ from: 'a@x.example', subject: 'hi', dkimSignature: false });
  });

  it('refuses files of other kinds, over the per-file limit or over the per-case limit, and changes nothing', async () => {
    const d = freshDb();
    const kase = caseRecord();
    await d.cases.add(kase);
    const before = await dump(d);
    await expect(addAttachment(new File(['x'], 'notes.txt', { type: 'text/plain' }), kase.id)).rejects.toMatchObject({ code: 'type' });
    const huge = new File([new Uint8Array(1)], 'huge.mp4', { type: 'video/mp4' });
    Object.defineProperty(huge, 'size', { value: INTAKE_LIMITS.fileBytes + 1 });
    await expect(addAttachment(huge, kase.id)).rejects.toMatchObject({ code: 'file-too-large' });
    expect(await dump(d)).toEqual(before);
    // Fill the case up to just under its limit with (claimed) sizes, then one more file is refused.
    const big = (n: number) => {
      const f = new File([new Uint8Array(4)], `part${n}.mp4`, { type: 'video/mp4' });
      return f;
    };
    const first = await addAttachment(big(1), kase.id);
    await d.evidence.update(first.id, { 'artifacts.0.size': INTAKE_LIMITS.caseBytes - 2 } as never);
    await expect(addAttachment(big(2), kase.id)).rejects.toMatchObject({ code: 'case-full' });
    expect((await caseItems(kase.id)).length).toBe(1);
  });

  it('adds to Unfiled, files and erases like a capture: the chain verifies and the content is gone', async () => {
    const d = freshDb();
    const kase = caseRecord();
    await d.cases.add(kase);
    const rec = await addAttachment(fixture('reply.eml', ''), null);
    expect((await unfiledItems()).map((i) => i.record.id)).toEqual([rec.id]);
    await fileItem(rec.id, { caseId: kase.id });
    await deleteEvidence(rec.id);
    expect(await verifyLog()).toEqual({ ok: true });
    const row = await d.evidence.get(rec.id);
    expect(row).toMatchObject({ attachment: null, meta: null, digest: rec.digest, metaCommit: rec.metaCommit });
    expect(row!.metaSalt).toBeUndefined();
    expect(JSON.stringify(await d.evidence.toArray())).not.toMatch(/reply\.eml|bank\.example|CS-2026/);
    expect(JSON.stringify(await d.events.toArray())).not.toMatch(/reply\.eml/);
    expect(await d.blobs.count()).toBe(0);
  });
});
