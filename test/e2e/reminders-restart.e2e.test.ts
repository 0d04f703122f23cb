// Reminders survive a browser restart: alarms are re-armed from the database at start-up.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, until, type Harness } from './harness';
import { DEMO_PAGES } from './demo-pages';

const FAILED = DEMO_PAGES[0];

describe('reminders across a browser restart', () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'ww-restart-'));
  let h: Harness | undefined;
  afterAll(async () => {
    await h?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('keeps the follow-up alarm of an open complaint after the browser restarts', async () => {
    h = await launch({ userDataDir: profile });
    h.serve(FAILED.url, { file: FAILED.file });
    const page = await h.context.newPage();
    await page.goto(FAILED.url);
    const tabId = await h.tabIdOf(page);
    await until(
      () => h!.badge(tabId),
      (b) => b === '!',
    );
    const popup = await h.openPopup(tabId);
    const opened = h.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Start a complaint' }).click();
    const dash = await opened;
    await dash.waitForURL(/#case=/);
    const caseId = decodeURIComponent(new URL(dash.url()).hash.replace('#case=', ''));
    const alarms = async () => (await (await h!.worker()).evaluate(() => chrome.alarms.getAll())).map((a) => a.name);
    await until(alarms, (names) => names.includes(`followup:${caseId}`));
    await h.close();

    h = await launch({ userDataDir: profile });
    // Chrome keeps alarms itself; start-up re-arms them from IndexedDB in any case, so clear
    // them first to prove the re-arming, then restart the worker's start-up path once more.
    await (await h.worker()).evaluate(() => chrome.alarms.clearAll());
    await h.close();
    h = await launch({ userDataDir: profile });
    expect(await until(alarms, (names) => names.includes(`followup:${caseId}`), 10_000)).toContain(`followup:${caseId}`);
  });
});
