// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readBundleFile } from '../../../lib/archive/read-file';
import { editManifest, repack, sampleBundle } from '../evidence/bundle-helpers';

// biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary JSON paths of a manifest
type Json = Record<string, any>;

/** Case members the dashboard reads as strings; a bundle giving them another type is refused. */
describe('bundle import types every case member the UI reads', () => {
  const edits: [string, (m: Json) => void][] = [
    ['transactions[].at as a number (CaseDetails calls .slice on it)', (m) => void (m.case.transactions[0].at = 5)],
    ['transactions[].message as an object', (m) => void (m.case.transactions[0].message = { a: 1 })],
    ['transactions[].reason outside the enum', (m) => void (m.case.transactions[0].reason = '<img src=x onerror=alert(1)>')],
    ['letter as an object', (m) => void (m.case.letter = {})],
    ['remedyNote as a number', (m) => void (m.case.remedyNote = 1)],
    ['nextFollowUpAt as an array', (m) => void (m.case.nextFollowUpAt = [])],
    ['escalationDueAt as a number', (m) => void (m.case.escalationDueAt = 0)],
  ];
  it.each(edits)('%s', async (_name, edit) => {
    const { bytes } = await sampleBundle();
    await expect(readBundleFile(await repack(bytes, editManifest(edit), true), null)).rejects.toMatchObject({
      name: 'ArchiveError',
      code: 'bad-manifest',
    });
  });

  it('still accepts those members with string values', async () => {
    const { bytes } = await sampleBundle();
    const ok = await repack(
      bytes,
      editManifest((m) => {
        Object.assign(m.case, { letter: 'Dear PayPal', remedyNote: 'refund please', nextFollowUpAt: '2026-12-01T00:00:00.000+08:00' });
        Object.assign(m.case.transactions[0], { at: '2026-11-26T12:00', message: 'Payment declined', reason: 'unknown' });
      }),
      true,
    );
    await expect(readBundleFile(ok, null)).resolves.toMatchObject({ check: { case: { letter: 'Dear PayPal' } } });
  });
});
