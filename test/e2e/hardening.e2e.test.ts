// Hardening in real Chromium (issue 7): backup between two profiles, every user flow without a
// network request, an extension update on a persistent profile, script payloads everywhere the
// extension renders text, and messages / events forged by a page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../lib/evidence/chain';
import type { EvidenceRecord } from '../../lib/db/types';
import { hostileBundle, hostileWalletPage } from '../fixtures/payloads/hostile';
import { PWNED_LOG } from '../fixtures/payloads';
import { DEMO_PAGES } from './demo-pages';
import { keepShotOnFailure } from './failure-shots';
import { launch, TEST_BUILD, until, type Harness } from './harness';
import { useExtension } from './use-extension';
import config from '../../wxt.config';

const FAILED = DEMO_PAGES[0];
const CONTACT = DEMO_PAGES[2];
const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A private copy of the test build (others may rebuild .output while this file runs). */
function privateBuild(): string {
  const dir = temp('ww-ext-');
  execFileSync('flock', ['/tmp/ww-build.lock', 'cp', '-r', `${TEST_BUILD}/.`, dir]);
  return dir;
}

type Rows = Record<string, Record<string, unknown>[]>;

/** Every row of the extension's IndexedDB, blobs as type + base64, read from one of its pages. */
async function dumpDb(h: Harness): Promise<Rows> {
  const page = await h.openExtensionPage('dashboard.html#backup');
  const rows = await page.evaluate(async () => {
    const req = <T>(r: IDBRequest<T>) =>
      new Promise<T>((res, rej) => {
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
    if (!(await indexedDB.databases()).some((d) => d.name === 'wallet-witness')) return {};
    const db = await req(indexedDB.open('wallet-witness'));
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const all = (await req(db.transaction(name).objectStore(name).getAll())) as Record<string, unknown>[];
      out[name] = await Promise.all(
        all.map(async (row) => {
          if (!(row.blob instanceof Blob)) return row;
          const bytes = new Uint8Array(await row.blob.arrayBuffer());
          let bin = '';
          for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return { id: row.id, type: row.blob.type, base64: btoa(bin) };
        }),
      );
    }
    db.close();
    return out;
  });
  await page.close();
  return rows as Rows;
}

/** The chain check of lib/evidence, run on a dump (every record, link and artifact digest). */
async function chainOf(rows: Rows) {
  const blobs = new Map((rows.blobs ?? []).map((b) => [b.id as string, Buffer.from(b.base64 as string, 'base64')]));
  return verifyChain((rows.evidence ?? []) as unknown as EvidenceRecord[], async (id) =>
    blobs.has(id) ? new Uint8Array(blobs.get(id)!) : undefined,
  );
}

async function saved(download: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync((await download.path())!));
}

/** Detect → popup → start a complaint → capture → dashboard: profile, a second case, an added site. */
async function writeThroughUi(h: Harness, pages: Page[]): Promise<void> {
  const wallet = await h.context.newPage();
  pages.push(wallet);
  await wallet.goto(FAILED.url);
  const tabId = await h.tabIdOf(wallet);
  await until(
    () => h.badge(tabId),
    (b) => b === '!',
  );
  const popup = await h.openPopup(tabId);
  pages.push(popup);
  const opened = h.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Start a complaint' }).click();
  const dash = await opened;
  pages.push(dash);
  await dash.getByRole('heading', { level: 2, name: /PayPal/ }).waitFor();
  await popup.reload();
  await popup.getByRole('button', { name: 'Capture evidence' }).click();
  await popup.getByText(/Saved at/).waitFor({ timeout: 20_000 });

  await dash.goto(dash.url().replace(/#.*$/, '#profile'));
  await dash.getByLabel('Full name').fill('张伟 <b>Zhang</b>');
  await dash.getByLabel('Email').fill('zhang.wei@example.com');
  await dash.getByRole('button', { name: 'Save' }).click();
  await dash.getByText('Saved.').waitFor();
  await dash.goto(dash.url().replace(/#.*$/, '#sites'));
  await dash.getByLabel('Site address').fill('pay.example.com');
  await dash.getByRole('button', { name: 'Add site' }).click();
  await dash.getByText('Added pay.example.com.').waitFor();
  await dash.getByRole('button', { name: 'New complaint' }).click();
  await dash.getByRole('heading', { level: 2, name: 'New complaint' }).waitFor();
}

describe('every user flow, backup and restore between two profiles, no network request', () => {
  let a: Harness;
  let b: Harness;
  const pages: Page[] = [];
  let backup: Uint8Array;
  let bundle: Uint8Array;
  let before: Rows;
  beforeAll(async () => {
    const ext = privateBuild();
    a = await launch({ extensionDir: ext, userDataDir: temp('ww-profile-a-') });
    b = await launch({ extensionDir: ext, userDataDir: temp('ww-profile-b-') });
    for (const h of [a, b]) for (const p of DEMO_PAGES) h.serve(p.url, { file: p.file });
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });
  afterEach(keepShotOnFailure(() => [a, pages]));

  it('profile A: detect, popup, complaint, capture, prefill, dashboard, export a bundle, download a backup', async () => {
    await writeThroughUi(a, pages);
    const contact = await a.context.newPage();
    pages.push(contact);
    await contact.goto(CONTACT.url);
    const tabId = await a.tabIdOf(contact);
    await until(
      () => a.badge(tabId),
      (x) => x === '?',
    );
    const popup = await a.openPopup(tabId);
    pages.push(popup);
    await popup.getByRole('button', { name: 'Prefill this form' }).click();
    await popup.getByText(/Filled \d+ fields|No fields here/).waitFor({ timeout: 10_000 });

    const dash = await a.openExtensionPage('dashboard.html');
    pages.push(dash);
    await dash
      .getByRole('button', { name: /PayPal/ })
      .first()
      .click();
    const exported = dash.waitForEvent('download');
    await dash.getByRole('button', { name: 'Export bundle' }).click();
    bundle = await saved(await exported);
    expect(Object.keys(unzipSync(bundle))).toContain('report.html');

    await dash.goto(dash.url().replace(/#.*$/, '#backup'));
    before = await dumpDb(a);
    const download = dash.waitForEvent('download');
    await dash.getByRole('button', { name: 'Download backup' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^wallet-witness-backup-\d{4}-\d\d-\d\d\.zip$/);
    backup = await saved(file);
    await dash.getByText(/Backup saved: 2 complaints/).waitFor();
    expect(Object.keys(unzipSync(backup))).toEqual(expect.arrayContaining(['backup.json', 'SHA256SUMS']));
    expect(before.evidence).toHaveLength(1);
    expect(await chainOf(before)).toEqual({ ok: true });
  }, 120_000);

  it('profile B: imports the bundle, then restores the backup over it (confirmed) and holds exactly what A held', async () => {
    const dash = await b.openExtensionPage('dashboard.html#backup');
    pages.push(dash);
    const dir = temp('ww-files-');
    writeFileSync(path.join(dir, 'case.zip'), bundle);
    writeFileSync(path.join(dir, 'backup.zip'), backup);
    await dash.getByLabel('Choose a .zip bundle').setInputFiles(path.join(dir, 'case.zip'));
    await dash.getByText(/Imported "/).waitFor();

    await dash.getByLabel('Restore from backup').setInputFiles(path.join(dir, 'backup.zip'));
    await dash.getByText(/This browser already holds 1 complaints/).waitFor();
    await dash.getByRole('button', { name: 'Delete everything here and restore' }).click();
    await dash.getByText('Restored 2 complaints and 1 evidence records.').waitFor();
    // Everything A held, but the signing key: it never leaves a browser, B keeps its own.
    const { keys: keysB, ...after } = await dumpDb(b);
    const { keys: keysA, ...held } = before;
    // One more setting: B's data was last backed up when the backup it came from was made.
    const lastBackup = (after.settings as { key: string; value: unknown }[]).find((r) => r.key === 'last-backup-at');
    expect(Math.abs(Number(lastBackup?.value) - Date.now())).toBeLessThan(15 * 60_000);
    after.settings = (after.settings as { key: string }[]).filter((r) => r.key !== 'last-backup-at');
    expect(after).toEqual(held);
    expect(keysB?.map((k) => k.fingerprint)).toHaveLength(1);
    expect(keysB?.[0]?.fingerprint).not.toBe(keysA?.[0]?.fingerprint);
    expect(await chainOf(after)).toEqual({ ok: true });

    // The added site came back as data; this browser allows it again with one click.
    await dash.getByText(/The sites you added \(pay\.example\.com\) need your permission/).waitFor();
    await dash.getByRole('button', { name: 'Allow these sites' }).click();
    await dash.getByText('Watching the sites you added again.').waitFor();
    const scripts = await (await b.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(scripts.map((s) => s.id)).toContain('user-site:pay.example.com');

    await dash
      .getByRole('button', { name: /PayPal/ })
      .first()
      .click();
    await dash.getByRole('button', { name: 'Verify' }).click();
    await dash.getByText('Intact: every item and link checks out.').waitFor();
  }, 120_000);

  it('refuses a damaged backup with a clear message and changes nothing', async () => {
    const dash = await b.openExtensionPage('dashboard.html#backup');
    pages.push(dash);
    const before = await dumpDb(b);
    const bad = backup.slice();
    bad[Math.floor(bad.length / 2)]! ^= 0xff;
    const dir = temp('ww-files-');
    writeFileSync(path.join(dir, 'bad.zip'), bad);
    await dash.getByLabel('Restore from backup').setInputFiles(path.join(dir, 'bad.zip'));
    await dash.getByText(/^Not restored: .* Nothing was changed\./).waitFor();
    expect(await dumpDb(b)).toEqual(before);
  }, 60_000);

  it('made no network request of its own in either profile', () => {
    expect(a.extensionRequests).toEqual([]);
    expect(b.extensionRequests).toEqual([]);
  });

  it('(control) the recorder does see a request an extension page makes', async () => {
    const page = await b.openExtensionPage('dashboard.html');
    await page.evaluate(() => fetch('https://leak.example.org/x').catch(() => undefined));
    await until(
      async () => b.extensionRequests.length,
      (n) => n > 0,
    );
    expect(b.extensionRequests).toEqual(['https://leak.example.org/x']);
  });
});

describe('the built manifest', () => {
  it('asks exactly what wxt.config.ts declares (which the README justifies, see permissions.test.ts), plus <all_urls> in test builds only', () => {
    const built = JSON.parse(readFileSync(path.join(TEST_BUILD, 'manifest.json'), 'utf8'));
    const make = config.manifest as (env: object) => Record<string, string[] | undefined>;
    const declared = make({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' });
    const keys = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'] as const;
    const pick = (m: Record<string, unknown>) =>
      Object.fromEntries(keys.map((k) => [k, [...((m[k] as string[] | undefined) ?? [])].sort()]));
    expect(pick(built)).toEqual(pick({ ...declared, host_permissions: [...(declared.host_permissions ?? []), '<all_urls>'] }));
  });
});

describe('extension update: version N then N+1 on the same persistent profile', () => {
  it('keeps every record, blob and digest, and the chain verifies', async () => {
    const ext = privateBuild();
    const profile = temp('ww-profile-update-');
    const pages: Page[] = [];
    let h = await launch({ extensionDir: ext, userDataDir: profile });
    for (const p of DEMO_PAGES) h.serve(p.url, { file: p.file });
    const version = await (await h.worker()).evaluate(() => chrome.runtime.getManifest().version);
    await writeThroughUi(h, pages);
    const before = await dumpDb(h);
    expect(before.cases).toHaveLength(2);
    expect(await chainOf(before)).toEqual({ ok: true });
    await h.close();

    // N+1: the same build with a higher manifest version, loaded from the same folder (an
    // unpacked extension's id comes from its path) on the same profile: Chrome updates it.
    const manifestFile = path.join(ext, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.version = version.replace(/\d+$/, (n: string) => String(Number(n) + 1));
    writeFileSync(manifestFile, JSON.stringify(manifest));
    h = await launch({ extensionDir: ext, userDataDir: profile });
    try {
      expect(await (await h.worker()).evaluate(() => chrome.runtime.getManifest().version)).toBe(manifest.version);
      const after = await dumpDb(h);
      expect(after).toEqual(before);
      expect(await chainOf(after)).toEqual({ ok: true });
      const dash = await h.openExtensionPage('dashboard.html');
      await dash
        .getByRole('button', { name: /PayPal/ })
        .first()
        .click();
      await dash.getByRole('button', { name: 'Verify' }).click();
      await dash.getByText('Intact: every item and link checks out.').waitFor();
      expect(h.extensionRequests).toEqual([]);
    } finally {
      await h.close();
    }
  }, 180_000);
});

describe('script payloads in pages and imported cases never run in the extension', () => {
  const { h, track } = useExtension({ build: privateBuild });
  const dialogs: string[] = [];
  const suspicious: string[] = [];
  const blockedInSnapshot: string[] = [];
  const watch = (page: Page) => {
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    page.on('console', (m) => {
      const text = m.text();
      // The snapshot viewer shows a captured (here: imported) page's own markup in a sandboxed
      // frame under a no-script CSP; the CSP reporting what it blocked there is the defence working.
      if (m.location().url === 'about:srcdoc' && /violates the following Content Security Policy.*(has been|was) blocked/s.test(text)) {
        blockedInSnapshot.push(text);
      } else if (
        text.includes(PWNED_LOG) ||
        (m.type() === 'error' && /Content Security Policy|Refused to|javascript:|__pwned/i.test(text))
      ) {
        suspicious.push(`${page.url()} [${m.location().url}]: ${text}`);
      }
    });
    page.on('pageerror', (e) => suspicious.push(`${page.url()}: uncaught ${e.message}`));
  };
  /** A payload that ran sets window.__pwned = 1. Markup a payload smuggled into an extension
   * page would show as an element named __pwned (DOM clobbering), except inside the sandboxed
   * snapshot frame, where the captured page's markup is shown on purpose (scripts off). */
  const pwned = async (page: Page) => {
    for (const frame of page.frames()) {
      // Evidence previews replaced while clicking through leave detached frames behind: no document.
      if (frame.isDetached()) continue;
      const top = frame === page.mainFrame();
      const check = frame
        .evaluate((checkMarkup) => {
          const w = window as unknown as { __pwned?: unknown };
          if (w.__pwned === 1) return 'window.__pwned = 1';
          if (checkMarkup && (document.getElementById('__pwned') || document.getElementsByName('__pwned').length)) return 'payload markup';
          return null;
        }, top)
        .catch(() => null);
      // A frame whose scripts are off may never answer an evaluate: that one cannot run a payload
      // (its sandbox has no allow-scripts); neither can one detached meanwhile (its URL is then
      // empty). Anything else that stays silent is reported.
      const hit = await Promise.race([check, new Promise<string>((r) => setTimeout(() => r('no answer'), 5_000))]);
      if (hit === 'no answer') {
        if (frame.isDetached() || frame.url() === '') continue;
        const sandbox = await (await frame.frameElement().catch(() => null))?.getAttribute('sandbox').catch(() => null);
        if (typeof sandbox === 'string' && !sandbox.split(/\s+/).includes('allow-scripts')) continue;
      }
      if (hit) return `${frame.url()}: ${hit}`;
    }
    return null;
  };
  const hostile = hostileWalletPage();

  beforeAll(() => {
    h.context.on('page', watch);
    h.serve(hostile.url, hostile.html);
  });

  it('popup: a hostile wallet page (title, URL, text, labels) is detected and shown as text', async () => {
    const wallet = track(await h.context.newPage());
    await wallet.goto(hostile.url);
    const tabId = await h.tabIdOf(wallet);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );
    const popup = track(await h.openPopup(tabId));
    await popup.getByRole('heading', { name: 'Failed transaction detected' }).waitFor();
    await popup.getByText('Why we think so').click();
    await popup.getByText('Capture options').click();
    await popup
      .getByLabel('Note for this capture (optional)')
      .fill(readFileSync(path.resolve(import.meta.dirname, '../fixtures/payloads/xss.txt'), 'utf8').slice(0, 9000));
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByText(/Saved at/).waitFor({ timeout: 20_000 });
    // A transaction page gets no "Prefill this form" (that is for help and contact pages), but its
    // form's payload labels still go through the prefill agent as the popup runs it: injected, then
    // asked to collect. What comes back is data.
    expect(await popup.getByRole('button', { name: 'Prefill this form' }).count()).toBe(0);
    const collected = await popup.evaluate(async (id) => {
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/prefill.js'] });
      return chrome.tabs.sendMessage(id, { type: 'prefill-collect', payload: {} });
    }, tabId);
    expect(collected).toMatchObject({ ok: true, value: { fields: expect.any(Array) } });
    const opened = h.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open the complaint' }).click();
    const dash = track(await opened);
    await dash.getByRole('heading', { level: 2 }).first().waitFor();
    await dash
      .getByRole('button', { name: /Open evidence captured/ })
      .first()
      .click();
    await dash.locator('iframe').first().waitFor();
    await dash.waitForTimeout(500);
    for (const p of [wallet, popup, dash]) expect(await pwned(p)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(suspicious).toEqual([]);
  }, 90_000);

  it('dashboard and report.html: an imported case made of payloads renders as text', async () => {
    const { bytes, caseId, title } = await hostileBundle();
    const dir = temp('ww-files-');
    writeFileSync(path.join(dir, 'hostile.zip'), bytes);
    const dash = track(await h.openExtensionPage('dashboard.html#backup'));
    await dash.getByLabel('Choose a .zip bundle').setInputFiles(path.join(dir, 'hostile.zip'));
    await dash.getByText(/Imported "/).waitFor();
    await dash.goto(dash.url().replace(/#.*$/, `#case=${caseId}`));
    await dash.getByRole('heading', { name: 'Timeline' }).waitFor();
    // The payloads did reach the screen, as text.
    expect(await dash.locator('#case-title').textContent()).toBe(title);
    for (const button of await dash.getByRole('button', { name: /Open evidence captured/ }).all()) {
      await button.click();
      await dash.waitForTimeout(300);
    }
    const exported = dash.waitForEvent('download');
    await dash.getByRole('button', { name: 'Export bundle' }).click();
    const files = unzipSync(await saved(await exported));
    const reportUrl = 'https://report.example.org/bundle/report.html';
    h.serve(reportUrl, new TextDecoder().decode(files['report.html']));
    const report = track(await h.context.newPage());
    await report.goto(reportUrl);
    await report.waitForTimeout(500);
    expect(await report.locator('h1').textContent()).toBe(`Evidence report: ${title}`);
    // The report is data only: no active element, no handler attribute, links only to the web or the bundle.
    const active = await report.evaluate(() => ({
      elements: Array.from(
        document.querySelectorAll(
          'script,iframe,frame,object,embed,svg,math,template,base,form,input,button,textarea,select,details,video,audio,marquee,link,style:not(head > style),meta:not([charset]):not([name=viewport]):not([http-equiv=Content-Security-Policy])',
        ),
      ).map((e) => e.outerHTML.slice(0, 80)),
      handlers: Array.from(document.querySelectorAll('*')).flatMap((e) =>
        e
          .getAttributeNames()
          .filter((n) => n.startsWith('on'))
          .map((n) => `${e.tagName} ${n}`),
      ),
      links: Array.from(document.querySelectorAll('a[href]'))
        .map((a) => a.getAttribute('href')!)
        .filter((href) => !/^(https?:\/\/|evidence\/|imported\/\d+\/)/.test(href)),
      images: Array.from(document.querySelectorAll('img'))
        .map((i) => i.getAttribute('src')!)
        .filter((src) => !src.startsWith('data:image/')),
    }));
    expect(active).toEqual({ elements: [], handlers: [], links: [], images: [] });
    const popup = track(await h.openExtensionPage('popup.html'));
    await popup.getByRole('heading', { name: /Your complaints/ }).waitFor();
    for (const p of [dash, report, popup]) expect(await pwned(p)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(suspicious).toEqual([]);
  }, 150_000);
});

describe('a page cannot forge messages or events to the extension', () => {
  const { h, track } = useExtension({ build: privateBuild });
  const URL_OK = 'https://www.paypal.com/myaccount/transfer/forge';
  const PAGE = `<!doctype html><html><head><title>Send money</title></head><body><main id="app"><h1>Send money</h1><p>Review your transfer.</p></main>
<script>window.fail = () => { document.getElementById('app').innerHTML = '<div role="alert" class="status status--declined"><h2>Payment declined</h2><p>Your bank declined this payment of $45.00 USD.</p><p>Transaction ID: 9AB12345CD6789012</p></div>'; };</script></body></html>`;
  beforeAll(() => h.serve(URL_OK, PAGE));

  it("postMessage, CustomEvents (WXT's own names included) and runtime messages change neither the badge nor the database, and the detector keeps running", async () => {
    const page = track(await h.context.newPage());
    await page.goto(URL_OK);
    const tabId = await h.tabIdOf(page);
    await page.waitForTimeout(600);
    expect(await h.badge(tabId)).toBe('');
    const before = await dumpDb(h);

    const attempts = await page.evaluate(async (extId) => {
      const detection = { kind: 'failed-transaction', siteId: 'paypal', signals: ['forged'], transaction: { reason: 'unknown' } };
      const messages: unknown[] = [
        { type: 'detection', payload: { url: location.href, detection } },
        { type: 'capture', payload: { tabId: 1, caseId: null, newCase: true, fullPage: false, mhtml: false, note: 'forged' } },
        { type: 'cases-changed', payload: {} },
      ];
      for (const m of messages) window.postMessage(m, '*');
      // WXT's content-script context listens for these names (<extension id>:<entrypoint>:...):
      // a newer instance of the same script stops the old one. A page can send them too.
      for (const suffix of ['wxt:content-script-started', 'wxt:locationchange']) {
        for (const target of [document, window]) {
          target.dispatchEvent(
            new CustomEvent(`${extId}:wallet:${suffix}`, { detail: { contentScriptName: 'wallet', messageId: 'forged' } }),
          );
        }
        window.postMessage({ type: `${extId}:wallet:${suffix}`, contentScriptName: 'wallet', messageId: 'forged' }, '*');
      }
      document.dispatchEvent(new CustomEvent('detection', { detail: messages[0] }));
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome
        ?.runtime;
      const results: string[] = [`runtime.sendMessage: ${typeof runtime?.sendMessage}`];
      for (const id of [extId, 'abcdefghijklmnopabcdefghijklmnop']) {
        for (const m of messages) {
          try {
            results.push(String(await runtime!.sendMessage!(id, m)));
          } catch (err) {
            results.push(`refused: ${String(err).slice(0, 80)}`);
          }
        }
      }
      return results;
    }, h.extensionId);
    // Without externally_connectable, a web page has no channel to the extension at all.
    expect(attempts.every((a) => a.startsWith('refused') || a.endsWith('undefined'))).toBe(true);
    await page.waitForTimeout(1000);
    expect(await h.badge(tabId)).toBe('');
    expect(await dumpDb(h)).toEqual(before);

    // The content script was not stopped by the forged "newer script started" event.
    await page.evaluate(() => (window as unknown as { fail(): void }).fail());
    expect(
      await until(
        () => h.badge(tabId),
        (b) => b === '!',
        3000,
      ),
    ).toBe('!');
  }, 60_000);
});
