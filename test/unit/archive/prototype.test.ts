// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportCaseBundle } from '../../../lib/archive/bundle-write';
import { parseJson } from '../../../lib/archive/json';
import { newSigner } from '../../../lib/archive/signing';
import { pngHeaderCutter } from '../../fixtures/png-cutter';
import type { CaseRecord } from '../../../lib/db/types';
import { canonicalJson, linkRecords } from '../../../lib/evidence/chain';
import { importBytes } from '../evidence/bundle-helpers';
import { caseRecord, freshDb, meta } from '../evidence/helpers';

const HOSTILE = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}';
const clean = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
};

describe('prototype-shaped keys in a bundle are plain data', () => {
  it('parseJson keeps __proto__, constructor and prototype as ordinary members, at any depth', () => {
    const v = parseJson(new TextEncoder().encode(`{"a":[${HOSTILE}],"b":${HOSTILE}}`), 'x.json') as Record<string, Record<string, unknown>>;
    expect(Object.keys(v.b!)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getPrototypeOf(v.b)).toBeNull();
    expect(v.b!.polluted).toBeUndefined();
    // Copying it (as a store does) keeps the member a member.
    const copy = { ...v.b };
    expect(Object.keys(copy)).toContain('__proto__');
    expect(copy.polluted).toBeUndefined();
    clean();
  });

  it('a signed bundle whose metadata and case hold such keys imports intact: every digest and the signature check out', async () => {
    freshDb();
    const signer = await newSigner();
    const caseId = crypto.randomUUID();
    const hostile = JSON.parse(HOSTILE) as Record<string, unknown>;
    const kase = { ...caseRecord({ id: caseId }), ...hostile } as CaseRecord;
    const [record] = await linkRecords(undefined, [
      {
        id: crypto.randomUUID(),
        caseId,
        kind: 'capture',
        meta: { ...meta(), ...hostile } as never,
        artifacts: [],
        recordedAt: meta().capturedAt,
      },
    ]);
    expect(canonicalJson(record!.meta)).toContain('"__proto__"');
    const bytes = await exportCaseBundle({
      case: kase,
      events: [{ caseId, type: 'note', at: meta().capturedAt, atMs: 1, data: hostile }],
      evidence: [record!],
      links: [],
      blobs: new Map(),
      imports: [],
      locale: 'en',
      extensionVersion: '0.1.0',
      now: new Date(),
      signer,
      cutter: pngHeaderCutter,
    });
    const d = freshDb();
    const { read } = await importBytes(bytes);
    expect(read.check.signature).toEqual({ state: 'other', fingerprint: signer.fingerprint });
    expect(read.check.items.map((i) => i.flags)).toEqual([[]]);
    const [row] = await d.imports.toArray();
    expect(Object.keys(row!.records[0]!.meta!)).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype']));
    expect(Object.keys((await d.cases.get(caseId))!)).toContain('__proto__');
    clean();
  });
});
