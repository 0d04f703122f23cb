// @vitest-environment node
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBundleFile } from '../../../lib/archive/read-file';
import { chainHead } from '../../../lib/db/chain-head';
import { addCapture } from '../../../lib/db/evidence';
import { installFingerprint } from '../../../lib/db/keys';
import { letterFor } from '../../../lib/prefill/run';
import { exportCase, sampleBundle } from '../evidence/bundle-helpers';
import { freshDb, html, meta } from '../evidence/helpers';

describe("the evidence log's head in the letter and the bundle", () => {
  it('is null for an empty log, else the newest record', async () => {
    freshDb();
    expect(await chainHead()).toBeNull();
    const r = await addCapture({ caseId: null, meta: meta(), artifacts: [{ name: 'page.html', type: 'text/html', blob: html('x') }] });
    expect(await chainHead()).toEqual({ seq: r.seq, digest: r.digest });
  });

  it("the letter ends its evidence list with the head's digest, in both languages", async () => {
    const { kase, d } = await sampleBundle();
    // A later record of another case moves the head past this case's records.
    const later = await addCapture({ caseId: null, meta: meta(), artifacts: [{ name: 'page.html', type: 'text/html', blob: html('y') }] });
    const c = (await d.cases.get(kase.id))!;
    const en = await letterFor(c, 'en');
    expect(en).toContain(`Digest of my evidence log at the time of this letter (record #${later.seq}, SHA-256).`);
    expect(en).toContain(`\n${later.digest}\n`);
    const zh = await letterFor(c, 'zh');
    expect(zh).toContain(`本信发出时我的证据日志摘要（记录 #${later.seq}，SHA-256）`);
    expect(zh).toContain(later.digest);
  });

  it("the bundle's manifest (signed) and report.html carry it, and the bundle still imports", async () => {
    const { kase } = await sampleBundle();
    const later = await addCapture({ caseId: null, meta: meta(), artifacts: [{ name: 'page.html', type: 'text/html', blob: html('z') }] });
    const bytes = await exportCase(kase.id);
    const files = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest.chainHead).toEqual({ seq: later.seq, digest: later.digest });
    const report = new TextDecoder().decode(files['report.html']);
    expect(report).toContain(`Head of the evidence log at export (record #${later.seq})`);
    expect(report).toContain(later.digest);
    const read = await readBundleFile(bytes, await installFingerprint());
    expect(read.check.signature.state).toBe('own');
  });
});
