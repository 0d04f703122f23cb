// @vitest-environment node
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { signatureWords, flagWords } from '../../../lib/archive/verdict';
import { importsForCase } from '../../../lib/db/imports';
import { editManifest, importBytes, otherInstall, repack, resign, sampleBundle } from '../evidence/bundle-helpers';
import { freshDb } from '../evidence/helpers';

/**
 * Forged bundles are imported, and each says exactly what is wrong with it, item by item: the
 * verdict words are a contract (DESIGN.md, "Imported evidence").
 */
describe('forged bundles show their state in words', () => {
  const words = async (bytes: Uint8Array) => {
    const d = freshDb();
    const { read, saved } = await importBytes(bytes, 'forged.zip');
    expect(await d.evidence.count(), 'imported records never join the local log').toBe(0);
    const [row] = await importsForCase(saved.caseId);
    return {
      verdict: signatureWords(read.check.signature, 'en'),
      problems: row!.problems.map((f) => flagWords(f, 'en')),
      items: Object.fromEntries(row!.records.map((r) => [r.seq, r.flags.map((f) => flagWords(f, 'en'))])),
    };
  };

  it("an untouched bundle: another install's key, nothing flagged", async () => {
    const { bytes, fingerprint } = await sampleBundle();
    expect(await words(bytes)).toEqual({
      verdict: `Signed by another install's key ${fingerprint!.slice(0, 16)}`,
      problems: [],
      items: { 1: [], 2: [], 3: [], 4: [] },
    });
  });

  it("an edited page.html with SHA256SUMS recomputed: that item's file, by path; the signature still holds", async () => {
    const { bytes, recs, fingerprint } = await sampleBundle();
    const path = `evidence/3-${recs[2]!.id}/page.html`;
    const forged = await repack(bytes, (f) => void (f[path] = strToU8('<p>I never paid</p>')), true);
    expect(await words(forged)).toEqual({
      verdict: `Signed by another install's key ${fingerprint!.slice(0, 16)}`,
      problems: [],
      items: { 1: [], 2: [], 3: [`File does not match its digest: ${path}`], 4: [] },
    });
  });

  it('an edited file without SHA256SUMS recomputed says the same', async () => {
    const { bytes, recs } = await sampleBundle();
    const path = `evidence/1-${recs[0]!.id}/screenshot.png`;
    const forged = await repack(bytes, (f) => void (f[path]![4]! ^= 1));
    expect((await words(forged)).items[1]).toEqual([`File does not match its digest: ${path}`]);
  });

  it('a removed chain item (manifest and files, SHA256SUMS recomputed): signature does not match, and the gap is named', async () => {
    const { bytes, recs } = await sampleBundle();
    const forged = await repack(
      bytes,
      (f) => {
        editManifest((m) => void m.evidence.splice(0, 1))(f);
        for (const p of Object.keys(f)) if (p.startsWith(`evidence/1-${recs[0]!.id}/`)) delete f[p];
      },
      true,
    );
    // Removing #1 leaves #2 first: not the log's first record, so no gap shows, but the signature fails.
    const first = await words(forged);
    expect(first.verdict).toBe('Signature does not match');
    expect(first.items[2]).toEqual(['Signature does not match']);

    const middle = await repack(
      bytes,
      editManifest((m) => void m.evidence.splice(1, 1)),
      true,
    );
    const out = await words(middle);
    expect(out.verdict).toBe('Signature does not match');
    expect(out.items).toEqual({
      1: ['Signature does not match'],
      3: ['Signature does not match', 'Gap before #3'],
      4: ['Signature does not match', 'Deletion record names no earlier item'],
    });
  });

  it("an edited title with SHA256SUMS recomputed: the signature and that record's digest do not match", async () => {
    const { bytes } = await sampleBundle();
    const forged = await repack(
      bytes,
      editManifest((m) => void (m.evidence[0].meta.title = 'forged')),
      true,
    );
    const out = await words(forged);
    expect(out.verdict).toBe('Signature does not match');
    expect(out.items[1]).toEqual(['Signature does not match', 'Record does not match its digest (edited)']);
    expect(out.items[3]).toEqual(['Signature does not match']);
  });

  it("re-signed with another key after an edit: the forger's key is named, never the original one", async () => {
    const { bytes, fingerprint } = await sampleBundle();
    const forger = await otherInstall();
    const forged = await repack(
      bytes,
      resign(forger, (m) => void m.evidence.splice(1, 1)),
      true,
    );
    const out = await words(forged);
    expect(out.verdict).toBe(`Signed by another install's key ${forger.fingerprint.slice(0, 16)}`);
    expect(out.verdict).not.toContain(fingerprint!.slice(0, 16));
    // The signature is valid (the forger made it); the chain still shows the hole.
    expect(out.items[3]).toEqual(['Gap before #3']);
  });

  it("a signature file swapped for another key's, the manifest left naming the original: does not match", async () => {
    const { bytes } = await sampleBundle();
    const forger = await otherInstall();
    const forged = await repack(
      bytes,
      async (f) => {
        const { signBytes, spkiToPem } = await import('../../../lib/archive/signing');
        f['manifest.json.sig'] = await signBytes(forger, f['manifest.json']!);
        f['signing-key.pem'] = strToU8(spkiToPem(forger.spki));
      },
      true,
    );
    expect((await words(forged)).verdict).toBe('Signature does not match');
  });

  it('the signature files removed but the manifest still says signed: does not match; removed and unsaid: unsigned', async () => {
    const { bytes } = await sampleBundle();
    const strip = (f: Record<string, Uint8Array>) => {
      delete f['manifest.json.sig'];
      delete f['signing-key.pem'];
    };
    expect((await words(await repack(bytes, strip, true))).verdict).toBe('Signature does not match');
    const unsaid = await repack(
      bytes,
      (f) => {
        strip(f);
        editManifest((m) => void delete m.signing)(f);
      },
      true,
    );
    expect((await words(unsaid)).verdict).toBe('Unsigned');
  });

  it('an edited report.html is named as a bundle problem', async () => {
    const { bytes } = await sampleBundle();
    const forged = await repack(bytes, (f) => void (f['report.html'] = strToU8('<p>all fine</p>')), true);
    expect((await words(forged)).problems).toEqual(['File does not match its digest: report.html']);
  });
});
