// Issue 17: from a failed payment to a complaint with a reminder and a prefilled React form, in Firefox.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../e2e/demo-pages';
import { until } from '../e2e/harness';
import { patchCase } from '../e2e/idb';
import { byLabel, click, fill, find, value, waitText } from './dom';
import { keepShotOnFailure } from './failure-shots';
import { launch, type FirefoxHarness } from './harness';
import { reactFormPage } from './react-form';

const FAILED = DEMO_PAGES[0];
const FORM_URL = 'https://www.paypal.com/us/smarthelp/contact-us/react-form';

describe('Firefox: complaint, reminder and prefill', () => {
  let h: FirefoxHarness;
  const pages: Page[] = [];
  let caseId = '';
  beforeAll(async () => {
    h = await launch();
    h.serve(FAILED.url, { file: FAILED.file });
    h.serve(FORM_URL, await reactFormPage());
  });
  afterAll(async () => {
    expect(h.extensionRequests, 'the extension (or Firefox) made network requests').toEqual([]);
    await h?.close();
  });
  afterEach(keepShotOnFailure(() => [h, pages]));
  const track = (p: Page) => {
    pages.push(p);
    return p;
  };

  it('starts a complaint from the detected failure in one click, transaction filled in', async () => {
    const { page, tabId } = await h.open(FAILED.url);
    track(page);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );
    const popup = track(await h.openPopup(tabId));
    await click(popup, 'button', 'Start a complaint');
    const dash = track(await h.waitForExtensionTab('dashboard.html#case='));
    caseId = decodeURIComponent(await dash.evaluate(() => location.hash.replace('#case=', '')));
    expect(caseId).not.toBe('');
    await find(dash, 'heading', 'Timeline');
    expect(await value(dash, 'Transaction reference')).toBe('7XK48512TN3390215');
    expect(await value(dash, 'Amount')).toBe('129.99');
    expect(await value(dash, 'Currency')).toBe('USD');
    await waitText(dash, 'Complaint created');
  });

  it('keeps the profile the prefill uses', async () => {
    const dash = track(await h.openExtensionPage('dashboard.html#profile'));
    await fill(dash, 'Full name', 'Mei Lin Carter');
    await fill(dash, 'Email', 'mei.carter@example.org');
    await click(dash, 'button', 'Save');
    await waitText(dash, 'Saved.');
  });

  it('reminds when the follow-up date comes (a notification, a Reminder in the timeline); the case view snoozes it, as the button does in Chrome', async () => {
    const dash = track(await h.openExtensionPage(`dashboard.html#case=${encodeURIComponent(caseId)}`));
    await find(dash, 'heading', 'Timeline');
    // Headless Firefox closes a notification as soon as it is shown: collect every one created.
    await h.api(() => {
      const w = window as unknown as { notified: string[] };
      w.notified = [];
      browser.notifications.onClosed.addListener((id) => void w.notified.push(id));
    });
    const notified = () =>
      h.api(async () => [...(window as unknown as { notified: string[] }).notified, ...Object.keys(await browser.notifications.getAll())]);
    await patchCase(h.db, caseId, { nextFollowUpAt: new Date(Date.now() + 3000).toISOString() });
    await h.api(() => browser.runtime.sendMessage({ type: 'cases-changed', payload: {} }));
    expect(await h.api(() => browser.alarms.getAll().then((a) => a.map((x) => x.name)))).toContain(`followup:${caseId}`);
    await until(notified, (ids) => ids.includes(`followup:${caseId}`), 20_000);
    await waitText(dash, 'Reminder', 10_000);

    // Firefox's notifications have no buttons: the case view offers "Remind me tomorrow".
    await h.gotoExtension(dash, `dashboard.html#case=${encodeURIComponent(caseId)}`);
    await waitText(dash, /Time to follow up on your complaint/);
    const t0 = Date.now();
    await click(dash, 'button', 'Remind me tomorrow');
    await waitText(dash, /^Snoozed until /);
    const snooze = await h.api((id) => browser.alarms.get(`snooze:followup:${id}`), caseId);
    expect(snooze?.scheduledTime).toBeGreaterThanOrEqual(t0 + 24 * 3600_000);
    expect(snooze!.scheduledTime).toBeLessThan(Date.now() + 24 * 3600_000 + 1000);
    await h.shot(dash, 'case-reminder-snoozed');
  });

  it('prefills a React-controlled support form: React state holds the values, they survive a re-render, never submitted, secrets untouched', async () => {
    const form = track(await h.newPage());
    await form.goto(FORM_URL);
    const tabId = await h.tabIdOf(form);
    await until(
      () => h.badge(tabId),
      (b) => b === '?',
    );
    const popup = track(await h.openPopup(tabId));
    await click(popup, 'button', 'Prefill this form');
    await waitText(popup, /Filled \d+ fields/, 10_000);

    const state = async () => JSON.parse(await form.$eval('#react-state', (e) => e.textContent ?? '{}')) as Record<string, unknown>;
    const filled = await state();
    expect(filled).toMatchObject({
      fullName: 'Mei Lin Carter',
      contactEmail: 'mei.carter@example.org',
      txnId: '7XK48512TN3390215',
      amt: '129.99',
    });
    expect(String(filled.details)).toContain('7XK48512TN3390215');
    expect(filled.password ?? '').toBe('');
    expect(filled.submitted).toBe(false);
    // A re-render writes React's state back into the inputs: what React never saw would vanish.
    await form.click('#rerender');
    await form.waitForFunction(() => document.querySelector('#rerender')?.textContent === 'Refresh (1)');
    expect(await form.$eval('#txnId', (e) => (e as HTMLInputElement).value)).toBe('7XK48512TN3390215');
    expect(await form.$eval('#fullName', (e) => (e as HTMLInputElement).value)).toBe('Mei Lin Carter');
    expect(await form.$eval('#password', (e) => (e as HTMLInputElement).value)).toBe('');
    await form.bringToFront();
    await h.shot(form, 'prefilled-react-form');

    await click(popup, 'button', 'Undo fill');
    await until(
      () => state(),
      (s) => s.txnId === '',
    );
    expect(await (await byLabel(form, 'Transaction ID')).evaluate((e) => (e as HTMLInputElement).value)).toBe('');
  });
});
