// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { createCase } from '../../../lib/cases/new-case';
import { addCapture } from '../../../lib/db/evidence';
import { installSigner } from '../../../lib/db/keys';
import { sha256Hex } from '../../../lib/evidence/hash';
import { DESTINATIONS } from '../../../lib/packs/available';
import { readCaseJson } from '../../../lib/packs/case-json';
import { checkBundle } from '../../../lib/archive/bundle-check';
import { verifyBytes } from '../../../lib/archive/signing';
import { SUMS_FILE, writeSums } from '../../../lib/archive/sums';
import { importsForCase, recheckImport } from '../../../lib/db/imports';
import { importBytes } from '../evidence/bundle-helpers';
import { CASE_JSON_FILE, CASE_SCHEMA_FILE, packZip } from '../../../lib/packs/pack-zip';
import { pngHeaderCutter } from '../../fixtures/png-cutter';
import { freshDb, html, meta, png, newCaseInput } from '../evidence/helpers';
import { profile } from '../prefill/case-data';
import { FACTS, TXID } from './fixtures';

async function zipOf(destination = 'us-ic3', pick: 'first' | 'all' = 'first') {
  const bytes = await packBytes(destination, pick);
  return { ...bytes, files: unzipSync(bytes.bytes) };
}

async function packBytes(destination: string, pick: 'first' | 'all') {
  freshDb();
  const input = newCaseInput({
    title: 'Withdrawal',
    provider: 'Binance',
    siteId: 'binance',
    region: 'US',
    situation: 'fraud',
  });
  const kase = await createCase(input, new Date('2026-11-26T03:00:00Z'));
  const files = (n: number) => [
    { name: 'screenshot.png', type: 'image/png', blob: png(n) },
    { name: 'page.html', type: 'text/html', blob: html(`p${n}`) },
  ];
  const a = await addCapture({ caseId: kase.id, meta: { ...meta({ title: 'withdrawal' }), facts: FACTS }, artifacts: files(1) });
  const b = await addCapture({ caseId: kase.id, meta: meta({ title: 'chat' }), artifacts: files(2) });
  const bytes = await packZip({
    caseId: kase.id,
    destination: DESTINATIONS.find((d) => d.id === destination)!,
    selected: new Set(pick === 'first' ? [a.id] : [a.id, b.id]),
    profile,
    locale: 'en',
    extensionVersion: '0.1.0',
    now: new Date('2026-12-07T10:00:00Z'),
    signer: await installSigner(),
    cutter: pngHeaderCutter,
  });
  return { bytes, a, b };
}

describe('case.json in a complaint pack', () => {
  it('is valid, names the destination, and holds only the selected evidence with its digests', async () => {
    const { files, a, b } = await zipOf();
    const r = readCaseJson(strFromU8(files[CASE_JSON_FILE]!));
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (!r.ok) return;
    expect(r.value.destination.id).toBe('us-ic3');
    expect(r.value.evidence.map((e) => e.id)).toEqual([a.id]);
    expect(r.value.fields.find((f) => f.id === 'hashes')?.value).toBe(TXID);
    expect(r.value.chainHead?.seq).toBe(b.seq);
    const shot = r.value.evidence[0]!.files.find((f) => f.name === 'screenshot.png')!;
    expect(await sha256Hex(files[shot.path]!)).toBe(shot.sha256);
    expect(Object.keys(files).some((p) => p.includes(b.id))).toBe(false);
    expect(files['report.html']).toBeDefined();
    // SHA256SUMS covers case.json and its schema.
    const sums = strFromU8(files.SHA256SUMS!);
    expect(sums).toContain(`${await sha256Hex(files[CASE_JSON_FILE]!)}  ${CASE_JSON_FILE}`);
    expect(sums).toContain(CASE_SCHEMA_FILE);
  });

  it('is under the signature: the signed manifest lists case.json and its schema with their digests', async () => {
    const { files } = await zipOf();
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.extra).toEqual([
      { file: CASE_JSON_FILE, sha256: await sha256Hex(files[CASE_JSON_FILE]!) },
      { file: CASE_SCHEMA_FILE, sha256: await sha256Hex(files[CASE_SCHEMA_FILE]!) },
    ]);
    expect(await verifyBytes(files['signing-key.pem']!, files['manifest.json.sig']!, files['manifest.json']!)).not.toBeNull();
    const check = await checkBundle(new Map(Object.entries(files)), { localFingerprint: null });
    expect(check.problems).toEqual([]);
  });

  it('imports like a bundle into another browser, its extra files checked again from what was stored', async () => {
    const { bytes } = await packBytes('us-ic3', 'first');
    freshDb();
    const { read, saved } = await importBytes(bytes, 'pack.zip');
    expect(read.check.problems).toEqual([]);
    const [row] = await importsForCase(saved.caseId);
    expect((await recheckImport(row!, null)).problems).toEqual([]);
  });

  it('a case.json edited after export is caught even with SHA256SUMS written again', async () => {
    const { files } = await zipOf();
    const doc = JSON.parse(strFromU8(files[CASE_JSON_FILE]!));
    doc.fields[0].value = 'edited';
    const edited = new Map<string, Uint8Array>(Object.entries(files));
    edited.set(CASE_JSON_FILE, new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`));
    edited.delete(SUMS_FILE);
    edited.set(SUMS_FILE, await writeSums(edited));
    const check = await checkBundle(edited, { localFingerprint: null });
    expect(check.problems).toEqual([{ kind: 'file-digest', path: CASE_JSON_FILE }]);
  });

  it('validates against the JSON Schema written beside it', async () => {
    const { files } = await zipOf('us-cfpb', 'all');
    const schema = JSON.parse(strFromU8(files[CASE_SCHEMA_FILE]!));
    const doc = JSON.parse(strFromU8(files[CASE_JSON_FILE]!));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    doc.evidence[0].digest = 'not-a-digest';
    expect(validate(doc)).toBe(false);
  });

  it('a corrupted case.json is refused with the place it breaks', async () => {
    const { files } = await zipOf();
    const raw = strFromU8(files[CASE_JSON_FILE]!);
    const doc = JSON.parse(raw);
    expect(readCaseJson(raw.slice(0, -10))).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    expect(readCaseJson(JSON.stringify({ ...doc, version: 2 }))).toMatchObject({ ok: false, error: expect.stringMatching(/^version/) });
    const badSha = structuredClone(doc);
    badSha.evidence[0].files[0].sha256 = 'A'.repeat(64);
    expect(readCaseJson(JSON.stringify(badSha))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^evidence\.0\.files\.0\.sha256/),
    });
    const { narrative: _n, ...noNarrative } = doc;
    expect(readCaseJson(JSON.stringify(noNarrative))).toMatchObject({ ok: false, error: expect.stringMatching(/^narrative/) });
  });
});
