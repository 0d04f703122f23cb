// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, encode } from 'fast-png';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '@/lib/db/types';
import { linkRecords, sealContent } from '@/lib/evidence/chain';
import { sha256Hex } from '@/lib/evidence/hash';
import { type Commitments, commitImage, commitText, newSaltKey, type Rgba, SCHEME, TILE } from '@/lib/redact/commit';
import { splitParts } from '@/lib/redact/parts';
import { PLACEHOLDER, RedactError, redactedCopy } from '@/lib/redact/redact-copy';

const VERIFIER = readFileSync(join(__dirname, '../../../public/verify-redaction.py'));
const python = spawnSync('python3', ['--version']).status === 0;

const HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>Payment</title></head><body><p>Sent to Alice Example, account 4410 0099 1234</p>' +
  '<p>收款人：张小明 email alice@example.org</p><p>Status: declined</p></body></html>';

/** A 150 × 100 picture with a different colour in every pixel, so any tile told apart. */
function picture(): Rgba {
  const width = 150;
  const height = 100;
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([i % 251, (i * 7) % 253, (i * 13) % 255, 255], i * 4);
  return { width, height, data };
}

async function decodeRgba(png: Uint8Array): Promise<Rgba> {
  const img = decode(png);
  if (img.channels !== 4 || img.depth !== 8) throw new Error('test pictures are RGBA8');
  return { width: img.width, height: img.height, data: img.data as Uint8Array };
}

async function capture(withCommitments = true): Promise<{ record: EvidenceRecord; files: Map<string, Uint8Array> }> {
  const key = newSaltKey();
  const page = new TextEncoder().encode(HTML);
  const img = picture();
  const png = encode({ ...img, channels: 4, depth: 8 });
  const files = new Map([
    ['page.html', page],
    ['screenshot.png', png],
  ]);
  const artifacts = await Promise.all(
    [...files].map(async ([name, data]) => ({
      name,
      type: name.endsWith('.png') ? 'image/png' : 'text/html',
      size: data.byteLength,
      sha256: await sha256Hex(data),
      blobId: name,
    })),
  );
  const commitments: Commitments = {
    scheme: SCHEME,
    files: [await commitText(key, 'page.html', splitParts(HTML)), await commitImage(key, 'screenshot.png', img)],
  };
  // Sealed as addCapture seals it: the digest covers metaCommit, not the meta itself.
  const [record] = linkRecords(undefined, [
    sealContent({
      id: 'rec-1',
      caseId: null,
      kind: 'capture',
      artifacts,
      recordedAt: '2026-12-07T10:00:00.000+08:00',
      meta: {
        url: 'https://www.paypal.com/activity/payment/X1',
        title: 'Payment',
        capturedAt: '2026-12-07T10:00:00.000+08:00',
        timeZone: 'Asia/Shanghai',
        viewport: { width: 150, height: 100, devicePixelRatio: 1.25 },
        userAgent: 'test',
        extensionVersion: '0.0.0',
        detection: null,
        note: '',
        ...(withCommitments && { commitments }),
      },
      ...(withCommitments && { saltKey: key }),
    }),
  ]);
  return { record: record!, files };
}

/** Unpack a copy into a folder and run the recipient's verifier on it. */
function verify(zip: Uint8Array, edit?: (files: Record<string, Uint8Array>) => void): { ok: boolean; out: string } {
  const files = unzipSync(zip);
  edit?.(files);
  const dir = mkdtempSync(join(tmpdir(), 'redacted-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  const run = spawnSync('python3', [join(dir, 'verify-redaction.py')], { encoding: 'utf8' });
  return { ok: run.status === 0, out: run.stdout + run.stderr };
}

const choice = {
  terms: ['Alice Example', '张小明', 'alice@example.org', '4410 0099 1234'],
  boxes: { 'screenshot.png': [{ x: 5, y: 5, w: 20, h: 10 }] },
};

describe('redaction commitments', () => {
  it('splits text into parts that join back exactly, Han characters one by one', () => {
    expect(splitParts(HTML).join('')).toBe(HTML);
    expect(splitParts('收款人：张小明 alice@example.org')).toEqual(['收', '款', '人', '：', '张', '小', '明', ' ', 'alice@example.org']);
  });

  it.skipIf(!python)('a redacted copy verifies, hides the terms and the boxed tiles, and the stored files are untouched', async () => {
    const { record, files } = await capture();
    const before = new Map([...files].map(([k, v]) => [k, v.slice()]));
    const { zip } = await redactedCopy({ record, files, choice, decode: decodeRgba, verifier: VERIFIER, now: new Date() });
    const unzipped = unzipSync(zip);
    const page = new TextDecoder().decode(unzipped['page.html']);
    for (const term of ['Alice', 'Example', '张', '小', '明', 'alice@example.org', '4410', '1234']) expect(page).not.toContain(term);
    expect(page).toContain(PLACEHOLDER);
    expect(page).toContain('Status: declined');
    const json = new TextDecoder().decode(unzipped['redaction.json']);
    expect(json).not.toMatch(/Alice|张小明|alice@example/);
    // Box (5,5)-(25,15) touches tile 0 only: its pixels are black, tile 1's are the original.
    const shot = decode(unzipped['screenshot.png']!);
    expect([...shot.data.subarray(0, 4)]).toEqual([0, 0, 0, 255]);
    const orig = picture().data;
    const px = (TILE + 1) * 4;
    expect([...shot.data.subarray(px, px + 4)]).toEqual([...orig.subarray(px, px + 4)]);
    expect(files).toEqual(before);
    const result = verify(zip);
    expect(result.out).toContain(`OK     record #1 rec-1, digest ${record.digest}`);
    expect(result.out).toMatch(/OK {5}screenshot.png: 5 of 6 parts kept unchanged, 1 taken out/);
    expect(result.ok).toBe(true);
  });

  it.skipIf(!python)('one changed character outside the redactions fails the check', async () => {
    const { record, files } = await capture();
    const { zip } = await redactedCopy({ record, files, choice, decode: decodeRgba, verifier: VERIFIER, now: new Date() });
    const result = verify(zip, (f) => {
      const text = new TextDecoder().decode(f['page.html']).replace('declined', 'declinad');
      f['page.html'] = new TextEncoder().encode(text);
    });
    expect(result.ok).toBe(false);
    expect(result.out).toContain('FAILED page.html: a part kept is not the original');
  });

  it.skipIf(!python)('changed metadata (here its commitments) no longer gives the committed metaCommit', async () => {
    const { record, files } = await capture();
    const { zip } = await redactedCopy({ record, files, choice, decode: decodeRgba, verifier: VERIFIER, now: new Date() });
    const result = verify(zip, (f) => {
      const red = JSON.parse(new TextDecoder().decode(f['redaction.json']));
      red.content.meta.commitments.files[0].root = '0'.repeat(64);
      f['redaction.json'] = new TextEncoder().encode(JSON.stringify(red));
    });
    expect(result.ok).toBe(false);
    expect(result.out).toContain('FAILED record rec-1: its content does not give the committed metaCommit');
  });

  it.skipIf(!python)('one changed pixel outside the boxes fails the check', async () => {
    const { record, files } = await capture();
    const { zip } = await redactedCopy({ record, files, choice, decode: decodeRgba, verifier: VERIFIER, now: new Date() });
    const result = verify(zip, (f) => {
      const img = decode(f['screenshot.png']!);
      const data = img.data as Uint8Array;
      const at = (80 * 150 + 140) * 4; // pixel (140, 80): tile 5, not redacted
      data[at] = data[at]! ^ 1;
      f['screenshot.png'] = encode({ width: img.width, height: img.height, data, channels: 4, depth: 8 });
    });
    expect(result.ok).toBe(false);
    expect(result.out).toContain('FAILED screenshot.png: a part kept is not the original');
  });

  it.skipIf(!python)('an edited record fails its digest, so its commitments cannot be swapped', async () => {
    const { record, files } = await capture();
    const { zip } = await redactedCopy({ record, files, choice, decode: decodeRgba, verifier: VERIFIER, now: new Date() });
    const result = verify(zip, (f) => {
      const red = JSON.parse(new TextDecoder().decode(f['redaction.json']));
      red.record.recordedAt = '2026-12-08T10:00:00.000+08:00';
      f['redaction.json'] = new TextEncoder().encode(JSON.stringify(red));
    });
    expect(result.ok).toBe(false);
    expect(result.out).toContain('FAILED record rec-1');
  });

  it('a record from before commitments says it cannot be checked part by part', async () => {
    const { record, files } = await capture(false);
    await expect(redactedCopy({ record, files, choice, decode: decodeRgba, verifier: VERIFIER, now: new Date() })).rejects.toEqual(
      new RedactError('not-committed'),
    );
  });

  it('a stored file that no longer gives the committed root is refused', async () => {
    const { record, files } = await capture();
    files.set('page.html', new TextEncoder().encode(HTML.replace('declined', 'approved')));
    await expect(redactedCopy({ record, files, choice, decode: decodeRgba, verifier: VERIFIER, now: new Date() })).rejects.toEqual(
      new RedactError('does-not-match', 'page.html'),
    );
  });
});
