// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { caseArchive } from '../../../lib/db/case-archive';
import { createCase } from '../../../lib/cases/new-case';
import { addCapture } from '../../../lib/db/evidence';
import { pngSize } from '../../../lib/report/png-size';
import { pdfName, reportPdfs } from '../../../lib/report/pdf-parts';
import type { PdfInput } from '../../../lib/report/report-pdf';
import { freshDb, html, meta, newCaseInput } from '../evidence/helpers';

const FONT = new Uint8Array(
  readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf')),
);
const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-pdf-'));

/** A real PNG, width × height, of random-ish pixels (so it does not compress away). */
function png(width: number, height: number, seed: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let s = seed;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width * 3; x++) {
      s = (s * 1103515245 + 12345) >>> 0;
      raw[y * (width * 3 + 1) + 1 + x] = (s >>> 16) & 0xff;
    }
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

async function sample(): Promise<PdfInput> {
  freshDb();
  const input = newCaseInput({ title: '付款失败 · Declined payment' });
  const kase = await createCase(input, new Date('2026-11-26T03:00:00Z'));
  for (const [i, size] of [
    [1, [300, 200]],
    [2, [400, 2400]],
  ] as const) {
    const shot = png(size[0], size[1], i);
    expect(pngSize(shot)).toEqual({ width: size[0], height: size[1] });
    await addCapture({
      caseId: kase.id,
      meta: meta({ title: `支付宝 交易失败 ${i}` }),
      artifacts: [
        { name: 'screenshot.png', type: 'image/png', blob: new Blob([shot as BlobPart], { type: 'image/png' }) },
        { name: 'page.html', type: 'text/html', blob: html(`p${i}`) },
      ],
    });
  }
  const data = await caseArchive(kase.id);
  return { ...data, fingerprint: 'f'.repeat(64), lang: 'zh', generatedAt: '2026-12-07T10:00:00+08:00', extensionVersion: '0.1.0' };
}

const textOf = (bytes: Uint8Array, name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
};

describe('PDF report', () => {
  it('holds every file digest and record digest in full, in selectable text, with the Chinese text readable', async () => {
    const input = await sample();
    const { whole, parts } = await reportPdfs(input, FONT);
    expect(parts).toBeNull();
    expect(whole.name).toBe(pdfName(input.case.provider, input.case.id));
    const text = textOf(whole.bytes, 'whole.pdf');
    for (const r of input.evidence) {
      expect(text).toContain(r.digest);
      for (const a of r.artifacts) expect(text).toContain(a.sha256);
    }
    expect(text).toContain(input.chainHead!.digest);
    expect(text).toContain('证据报告');
    expect(text).toContain('支付宝 交易失败 2');
    // The subset font is small: the 8 MB font is not embedded whole.
    expect(whole.bytes.byteLength).toBeLessThan(2_000_000);
    // The 2400 px tall screenshot is cut across pages: more pages than items.
    const info = execFileSync('pdfinfo', [path.join(dir, 'whole.pdf')]).toString();
    if (process.env.WW_KEEP_PDF) writeFileSync(process.env.WW_KEEP_PDF, whole.bytes);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('over the limit, offers parts that each name the others and together hold every digest', async () => {
    const input = await sample();
    const size = (await reportPdfs(input, FONT)).whole.bytes.byteLength;
    // Under the whole PDF's size and under its items' files together, so they go to two parts.
    const files = input.evidence.reduce((n, r) => n + r.artifacts.reduce((m, a) => m + a.size, 0), 0);
    const { whole, parts } = await reportPdfs(input, FONT, Math.min(size - 1, files));
    // pdf-lib names an embedded font `<name>-<random number below 10,000>` (addRandomSuffix), so
    // two builds of the same report differ by a few bytes wherever that name is written.
    expect(Math.abs(whole.bytes.byteLength - size)).toBeLessThanOrEqual(32);
    expect(parts).toHaveLength(2);
    const texts = parts!.map((p, i) => textOf(p.bytes, `part-${i}.pdf`));
    texts.forEach((text, i) => {
      expect(text).toContain(`第 ${i + 1} 部分，共 2 部分。`);
      expect(text).toContain(parts![1 - i]!.name);
    });
    for (const r of input.evidence) for (const a of r.artifacts) expect(texts.some((t) => t.includes(a.sha256))).toBe(true);
    expect(parts!.map((p) => p.name)).toEqual([
      pdfName(input.case.provider, input.case.id, { k: 1, n: 2 }),
      pdfName(input.case.provider, input.case.id, { k: 2, n: 2 }),
    ]);
  }, 60_000);
});
