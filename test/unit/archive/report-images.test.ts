// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { exportCaseBundle } from '../../../lib/archive/bundle-write';
import { type ImageCutter, reportImage } from '../../../lib/archive/report-images';
import { newSigner } from '../../../lib/archive/signing';
import { sha256Hex } from '../../../lib/evidence/hash';
import { linkRecords, type RecordDraft } from '../../../lib/evidence/chain';
import type { ArtifactRef, EvidenceRecord } from '../../../lib/db/types';
import { pngHeaderCutter } from '../../fixtures/png-cutter';
import { caseRecord, meta } from '../evidence/helpers';

/** The first 24 bytes of a PNG of this size (all the header cutter reads), then `tail` to vary the digest. */
function pngHeader(width: number, height: number, tail = 0): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const v = new DataView(b.buffer);
  v.setUint32(16, width);
  v.setUint32(20, height);
  b[32] = tail;
  return b;
}

/** Parse with happy-dom's parser (this file runs in Node, where the bundle's Blobs keep their bytes). */
const parseHTML = (html: string) => ({ document: new new Window().DOMParser().parseFromString(html, 'text/html') });

const XSS = '"><img src=x onerror=alert(1)><script>alert(2)</script>';

describe('reportImage', () => {
  it('embeds an image short enough for one printed page as the file itself', async () => {
    const data = pngHeader(1280, 800);
    const img = await reportImage('screenshot.png', 'image/png', data, pngHeaderCutter);
    expect(img.slices).toHaveLength(1);
    expect(img.slices[0]!.src).toBe(`data:image/png;base64,${Buffer.from(data).toString('base64')}`);
  });

  it('cuts a tall one into bands at most 1.2 widths tall that cover every row, each overlapping the one above', async () => {
    pngHeaderCutter.bands.length = 0;
    const img = await reportImage('full-page.png', 'image/png', pngHeader(1000, 5000), pngHeaderCutter);
    expect(img.slices.length).toBe(5);
    expect(pngHeaderCutter.bands).toEqual(img.slices.map((s) => [s.top, s.height]));
    for (const [k, s] of img.slices.entries()) {
      expect(s.height).toBeLessThanOrEqual(1200);
      expect(strFromU8(Buffer.from(s.src.split(',')[1]!, 'base64'))).toBe(`band ${s.top} ${s.height}`);
      if (k) expect(img.slices[k - 1]!.top + img.slices[k - 1]!.height - s.top).toBe(30);
    }
    expect(img.slices.at(-1)!.top + img.slices.at(-1)!.height).toBe(5000);
  });

  it('shows nothing of an image the cutter cannot decode, and always closes what it opened', async () => {
    expect((await reportImage('x.png', 'image/png', new Uint8Array([1, 2, 3]), pngHeaderCutter)).slices).toEqual([]);
    let closed = 0;
    const failing: ImageCutter = {
      open: async () => ({
        width: 10,
        height: 100,
        band: async () => {
          throw new Error('canvas lost');
        },
        close: () => closed++,
      }),
    };
    await expect(reportImage('x.png', 'image/png', new Uint8Array(1), failing)).rejects.toThrow('canvas lost');
    expect(closed).toBe(1);
  });
});

describe('report.html in an exported bundle', () => {
  const at = '2026-11-26T12:00:00.000+08:00';
  async function bundle() {
    const files: Record<string, Uint8Array> = {
      'screenshot.png': pngHeader(1280, 800, 1),
      'full-page.png': pngHeader(1280, 6000, 2),
      'page.html': new TextEncoder().encode('<!DOCTYPE html><p>hi</p>'),
      'thumbnail.png': pngHeader(320, 200, 3),
    };
    const artifacts = async (names: string[], seed: string): Promise<ArtifactRef[]> =>
      Promise.all(
        names.map(async (name) => ({
          name,
          type: name.endsWith('.png') ? 'image/png' : 'text/html',
          size: files[name]!.byteLength,
          sha256: await sha256Hex(files[name]!),
          blobId: `${seed}-${name}`,
        })),
      );
    const blobs = new Map<string, Blob>();
    for (const seed of ['a', 'b'])
      for (const [name, data] of Object.entries(files)) blobs.set(`${seed}-${name}`, new Blob([data as Uint8Array<ArrayBuffer>]));
    const caseId = 'c1';
    const facts = [
      { type: 'address' as const, value: '0x52908400098527886E0F7030069857D2E4169EE7', network: 'evm' as const, valid: true, where: 'To' },
      { type: 'address' as const, value: '0x52908400098527886E0F7030069857D2E4169Ee7', network: 'evm' as const, valid: false, where: XSS },
      { type: 'amount' as const, value: '1280.00', currency: 'USDT' },
    ];
    const drafts: RecordDraft[] = [
      {
        id: 'r1',
        caseId,
        kind: 'capture',
        meta: meta({ title: XSS, url: `https://www.paypal.com/${XSS}`, facts }),
        artifacts: await artifacts(['screenshot.png', 'full-page.png', 'page.html', 'thumbnail.png'], 'a'),
        recordedAt: at,
      },
      {
        id: 'r2',
        caseId,
        kind: 'capture',
        meta: meta({ title: 'erased later' }),
        artifacts: await artifacts(['screenshot.png'], 'b'),
        recordedAt: at,
      },
      { id: 'r3', caseId, kind: 'tombstone', meta: null, artifacts: [], deleted: { id: 'r2', digest: '', at }, recordedAt: at },
    ];
    const evidence: EvidenceRecord[] = await linkRecords(undefined, drafts.slice(0, 2));
    const [tomb] = await linkRecords(evidence[1], [{ ...drafts[2]!, deleted: { id: 'r2', digest: evidence[1]!.digest, at } }]);
    let reportSize = 0;
    const zip = await exportCaseBundle({
      case: caseRecord({ id: caseId, title: XSS }),
      events: [],
      evidence: [...evidence, tomb!],
      links: [],
      blobs,
      imports: [],
      locale: 'en',
      extensionVersion: '0.1.0',
      now: new Date('2026-11-27T00:00:00Z'),
      signer: await newSigner(),
      cutter: pngHeaderCutter,
      onReport: (n) => {
        reportSize = n;
      },
    });
    const unzipped = unzipSync(zip);
    return { html: strFromU8(unzipped['report.html']!), reportSize, unzipped, evidence };
  }

  it('lists every file with its full SHA-256 and shows every image, the tall one as one <img> per slice', async () => {
    const { html, reportSize, unzipped, evidence } = await bundle();
    expect(reportSize).toBe(unzipped['report.html']!.byteLength);
    const { document } = parseHTML(html);
    const item = document.querySelector('#e1')!;
    for (const a of evidence[0]!.artifacts) expect(item.textContent, a.name).toContain(a.sha256);
    const figures = [...item.querySelectorAll('figure.slice')];
    const captions = figures.map((f) => f.querySelector('figcaption')!.textContent);
    // screenshot.png whole; full-page.png (1280 × 6000) in ceil((6000 - 1536) / (1536 - 38)) + 1 = 4 slices; no thumbnail.
    expect(captions.filter((c) => c.startsWith('screenshot.png'))).toHaveLength(1);
    const full = captions.filter((c) => c.startsWith('full-page.png'));
    expect(full.map((c) => /(\d) of (\d)/.exec(c)?.slice(1).join('/'))).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(captions.some((c) => c.startsWith('thumbnail.png'))).toBe(false);
    const fullSha = evidence[0]!.artifacts.find((a) => a.name === 'full-page.png')!.sha256;
    for (const f of figures.filter((f) => f.textContent.startsWith('full-page.png'))) {
      expect(f.querySelectorAll('img')).toHaveLength(1);
      expect(f.textContent).toContain(fullSha);
    }
    expect(item.querySelectorAll('img')).toHaveLength(5);
    for (const img of item.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/);
  });

  it('shows the facts read from the page with the checksum verdict in words', async () => {
    const { document } = parseHTML((await bundle()).html);
    const facts = document.querySelector('#e1 table.facts')!.textContent;
    expect(facts).toContain('0x52908400098527886E0F7030069857D2E4169EE7 Ethereum / EVM · checksum valid');
    expect(facts).toContain('checksum does NOT validate');
    expect(facts).toContain('1280.00 USDT');
  });

  it('an erased item says so and shows no image and no file', async () => {
    const { document } = parseHTML((await bundle()).html);
    const erased = document.querySelector('#e2')!;
    expect(erased.querySelector('.deleted')?.textContent).toMatch(/^Content erased by the user on/);
    expect(erased.querySelectorAll('img, figure, ul.files, a[href^="evidence/"]')).toHaveLength(0);
  });

  it('keeps hostile titles, URLs and fact labels as text, under the same CSP', async () => {
    const { html } = await bundle();
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, img[src="x"], [onerror]')).toHaveLength(0);
    expect(document.querySelector('#e1 h3')!.textContent).toContain(XSS);
    expect(document.querySelector('#e1 table.facts')!.textContent).toContain(XSS);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    expect(html).not.toMatch(/https?:\/\/[^"'<\s]*\.(?:css|js|png|woff2?)\b/);
  });
});
