// Issue 12 §2: each dashboard section has an error boundary. Records with odd but schema-valid
// values (meta null, empty strings, huge numbers, enum values from a newer version) are written
// straight into IndexedDB; the section that cannot show one says so, the rest keeps working.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './use-extension';

const ODD = 'c0ffee00-0000-4000-8000-000000000001';
const PLAIN = 'c0ffee00-0000-4000-8000-000000000002';

/** Raw rows into the extension's database (the dashboard has created it at version 1). */
async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ([odd, plain]) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('wallet-witness');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const at = '2026-11-20T10:00:00.000+08:00';
      const base = { siteId: null, transactions: [], contacts: [], searchText: '', remedy: 'refund', region: 'CN', situation: 'fraud' };
      const tx = db.transaction(['cases', 'evidence', 'events'], 'readwrite');
      tx.objectStore('cases').put({
        ...base,
        id: odd,
        provider: '',
        title: 'Odd values',
        status: 'arbitrated',
        situation: 'quantum-fraud',
        remedy: 'teleport',
        region: 'XX',
        createdAt: '',
        updatedMs: Number.MAX_SAFE_INTEGER,
        nextFollowUpAt: '',
        escalationDueAt: 'not a date',
        transactions: [{ id: '', amount: '1e308', currency: '', reason: 'from-the-future', message: '', at: '' }],
        contacts: [{ channel: 'carrier-pigeon', reference: '', note: '', at: '' }],
      });
      tx.objectStore('cases').put({
        ...base,
        id: plain,
        provider: 'PayPal',
        title: 'Plain case',
        status: 'open',
        createdAt: at,
        updatedMs: 1,
      });
      const rec = (id: string, seq: number, meta: unknown) => ({
        id,
        seq,
        caseId: odd,
        kind: 'capture',
        digest: 'x'.repeat(64),
        prevDigest: '0'.repeat(64),
        meta,
        artifacts: [],
        recordedAt: at,
      });
      tx.objectStore('evidence').put(rec('e1', 1, null));
      tx.objectStore('evidence').put(
        rec('e2', 2, {
          url: 'https://www.paypal.com/',
          title: 'Fine',
          capturedAt: at,
          viewport: { width: 1, height: 1, devicePixelRatio: 1 },
        }),
      );
      tx.objectStore('evidence').put(
        rec('e3', 3, { url: '', title: '', capturedAt: '', viewport: { width: 1e308, height: -1, devicePixelRatio: 0 } }),
      );
      tx.objectStore('events').put({ caseId: odd, type: 'teleported', at: '', atMs: 1e300, text: '' });
      tx.objectStore('events').put({ caseId: odd, type: 'note', at, atMs: 2, text: 'A plain note' });
      tx.objectStore('events').put({ caseId: odd, type: 'status', at, atMs: 3, text: 'arbitrated' });
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    },
    [ODD, PLAIN] as const,
  );
}

describe('dashboard sections with odd but schema-valid records', () => {
  const { h, track } = useExtension({ checkRequests: false });
  const errors: string[] = [];

  it('say which section cannot be shown, and the rest of the page keeps working', async () => {
    const dash = track(await h.openExtensionPage('dashboard.html#backup'));
    dash.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack}`));
    await dash.getByRole('heading', { level: 1 }).waitFor();
    await seed(dash);
    await dash.goto(dash.url().replace(/#.*$/, `#case=${ODD}`));
    await dash.reload();
    await dash.getByRole('heading', { name: 'Odd values' }).waitFor();
    // The evidence item with meta null says so in its own place in the gallery; the others stay.
    const gallery = dash.getByRole('list', { name: 'Evidence' });
    const alerts = dash.getByRole('alert');
    await alerts.first().waitFor();
    const texts = await alerts.allTextContents();
    for (const text of texts) expect(text).toMatch(/cannot be shown: a stored record has a value this version does not understand/);
    expect(await gallery.getByRole('alert').allTextContents()).toEqual([
      expect.stringContaining("Cannot read properties of null (reading 'capturedAt')"),
    ]);
    expect(await gallery.getByRole('listitem').count()).toBe(3);
    await dash.getByRole('heading', { name: 'Timeline' }).waitFor();
    await dash.getByText('A plain note').waitFor();
    await dash.getByRole('heading', { name: 'Evidence', exact: true }).waitFor();
    // Enum values this version has no label for say so, never a raw message key, never "Draft".
    const main = (await dash.locator('body').textContent()) ?? '';
    expect(main).not.toMatch(/status_|channel_|event_/);
    expect(main).toContain('unknown (teleported)');
    expect(main).toContain('Status changed · unknown (arbitrated)');
    expect(main).toContain('unknown (carrier-pigeon)');
    const status = dash.getByRole('combobox', { name: 'Status', exact: true });
    expect(await status.inputValue()).toBe('arbitrated');
    expect(await status.locator('option:checked').textContent()).toBe('unknown (arbitrated)');
    // Situation and remedy alike: shown as themselves, and saving the details keeps them.
    for (const [name, value] of [
      ['Situation', 'quantum-fraud'],
      ['What you ask for', 'teleport'],
    ] as const) {
      const select = dash.getByRole('combobox', { name, exact: true });
      expect(await select.inputValue()).toBe(value);
      expect(await select.locator('option:checked').textContent()).toBe(`unknown (${value})`);
    }
    const details = dash.getByRole('region', { name: 'Details', exact: true });
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await details.getByText('Saved.', { exact: true }).waitFor();
    const kept = await dash.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((res) => {
        const r = indexedDB.open('wallet-witness');
        r.onsuccess = () => res(r.result);
      });
      const row = await new Promise<{ situation: string; remedy: string }>((res) => {
        const q = db.transaction('cases').objectStore('cases').get(id);
        q.onsuccess = () => res(q.result);
      });
      db.close();
      return [row.situation, row.remedy];
    }, ODD);
    expect(kept).toEqual(['quantum-fraud', 'teleport']);
    await h.shot(dash, 'dashboard-odd-records');
    await dash.getByRole('button', { name: /Open evidence captured 20 Nov 2026/ }).click();
    await dash.getByRole('heading', { name: 'Fine' }).waitFor();
    // The sidebar and the other case are untouched.
    await dash
      .getByRole('button', { name: /Plain case/ })
      .first()
      .click();
    await dash.getByRole('heading', { name: 'Plain case' }).waitFor();
    await dash.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(await dash.getByRole('alert').count()).toBe(0);
    // Back to the odd case: "Try again" re-renders the section (still failing: same message, no crash).
    await dash.goBack();
    await dash.getByRole('heading', { name: 'Odd values' }).waitFor();
    await dash.getByRole('button', { name: 'Try again' }).first().click();
    await dash.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(await dash.getByRole('alert').count()).toBe(texts.length);
    // Caught by the boundaries: nothing escaped to the page as an uncaught error.
    expect(errors).toEqual([]);
  }, 90_000);
});
