// Issue 6 end to end: from a detected failed payment to a filed complaint with a prefilled form,
// a letter and evidence, visible in the toolbar history, with a reminder when time runs out.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, until, type Harness } from './harness';
import { DEMO_PAGES } from './demo-pages';
import { keepShotOnFailure } from './failure-shots';
import { patchCase } from './idb';

const FAILED = DEMO_PAGES[0];
const FORM_URL = 'https://www.paypal.com/us/smarthelp/contact-us/form';

/** Runs in the form page before its scripts: a controlled-form stand-in and a submit tripwire. */
function formSpy() {
  const w = window as unknown as { formState: Record<string, string>; submitted: boolean };
  w.formState = {};
  w.submitted = false;
  const track = (e: Event) => {
    const t = e.target as HTMLInputElement;
    if (t.name) w.formState[t.name] = t.value;
  };
  document.addEventListener('input', track, true);
  document.addEventListener('change', track, true);
  document.addEventListener(
    'submit',
    (e) => {
      w.submitted = true;
      e.preventDefault();
    },
    true,
  );
}

describe('complaint flow in real Chromium', () => {
  let h: Harness;
  const pages: Page[] = [];
  let caseId = '';
  beforeAll(async () => {
    h = await launch();
    h.serve(FAILED.url, { file: FAILED.file });
    h.serve(FORM_URL, { file: 'test/fixtures/forms/paypal-contact.html' });
  });
  afterAll(async () => {
    expect(h.extensionRequests).toEqual([]);
    await h?.close();
  });
  afterEach(keepShotOnFailure(() => [h, pages]));

  const track = <T extends Page>(p: T) => {
    pages.push(p);
    return p;
  };

  it('starts a complaint from the detected failure in one click, transaction filled in', async () => {
    const page = track(await h.context.newPage());
    await page.goto(FAILED.url);
    const tabId = await h.tabIdOf(page);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );
    const popup = track(await h.openPopup(tabId));
    const opened = h.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Start a complaint' }).click();
    const dash = track(await opened);
    await dash.waitForURL(/dashboard\.html#case=/);
    caseId = decodeURIComponent(new URL(dash.url()).hash.replace('#case=', ''));
    await expect(dash.getByLabel('Transaction reference').inputValue()).resolves.toBe('7XK48512TN3390215');
    await expect(dash.getByLabel('Amount').inputValue()).resolves.toBe('129.99');
    await expect(dash.getByLabel('Currency').inputValue()).resolves.toBe('USD');
    await dash.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(await dash.getByText('Complaint created').count()).toBeGreaterThan(0);
  });

  it('keeps the profile, logs a contact with its ticket number, and computes the escalation deadline with its source', async () => {
    const dash = track(await h.openExtensionPage('dashboard.html#profile'));
    await dash.getByLabel('Full name').fill('Mei Lin Carter');
    await dash.getByLabel('Email', { exact: true }).fill('mei.carter@example.org');
    await dash.getByLabel('Phone').fill('+1 415 555 0134');
    await dash.getByLabel('Account ID at PayPal').fill('mei.carter@example.org');
    await dash.getByRole('button', { name: 'Save' }).click();
    await dash.getByText('Saved.').waitFor();

    await dash.goto(dash.url().replace(/#.*/, `#case=${encodeURIComponent(caseId)}`));
    await dash.getByLabel('Channel').selectOption('chat');
    await dash.getByLabel('Ticket or reference number').fill('PP-C-0042-7781');
    await dash.getByRole('button', { name: 'Log this contact' }).click();
    await dash.getByText('PP-C-0042-7781').first().waitFor();
    // First contact files the case; the region's rule gives the answer-due date, with its source.
    await expect(dash.getByLabel('Status', { exact: true }).inputValue()).resolves.toBe('filed');
    await dash.getByText('Answer due by').waitFor();
    const source = dash.locator('.notice a.source').first();
    expect(await source.getAttribute('href')).toMatch(/^https:\/\//);
    // The CFPB's 15 days were found only in third-party restatements: the dashboard says so.
    await expect(dash.locator('.notice .unverified').first().textContent()).resolves.toBe('unverified');
    await h.shot(dash, 'complaint-case-filed');
  });

  it('prefills the provider support form from the case: right fields, never secrets, never submitted, undo works', async () => {
    const form = track(await h.context.newPage());
    await form.addInitScript(formSpy);
    await form.goto(FORM_URL);
    const tabId = await h.tabIdOf(form);
    await until(
      () => h.badge(tabId),
      (b) => b === '?',
    );
    const popup = track(await h.openPopup(tabId));
    await popup.getByRole('button', { name: 'Prefill this form' }).click();
    await popup.getByText(/Filled \d+ fields/).waitFor({ timeout: 10_000 });

    await expect(form.locator('#fullName').inputValue()).resolves.toBe('Mei Lin Carter');
    await expect(form.locator('#contactEmail').inputValue()).resolves.toBe('mei.carter@example.org');
    await expect(form.locator('#txnId').inputValue()).resolves.toBe('7XK48512TN3390215');
    await expect(form.locator('#amt').inputValue()).resolves.toBe('129.99');
    await expect(form.locator('#txDate').inputValue()).resolves.toBe('');
    const details = await form.locator('#details').inputValue();
    expect(details).toContain('7XK48512TN3390215');
    expect(details).toContain('PP-C-0042-7781');
    // Secrets and the other party are never touched; the page's own state saw the fill.
    await expect(form.locator('#login_password').inputValue()).resolves.toBe('');
    await expect(form.locator('#otp').inputValue()).resolves.toBe('');
    await expect(form.locator('#sellerEmail').inputValue()).resolves.toBe('');
    const state = await form.evaluate(() => (window as unknown as { formState: Record<string, string> }).formState);
    expect(state.txnId).toBe('7XK48512TN3390215');
    expect(await form.evaluate(() => (window as unknown as { submitted: boolean }).submitted)).toBe(false);
    await form.bringToFront();
    await h.shot(form, 'prefilled-support-form');

    await popup.getByRole('button', { name: 'Undo fill' }).click();
    await until(
      () => form.locator('#txnId').inputValue(),
      (v) => v === '',
    );
  });

  it('lists the complaint in the toolbar history with status, dates, search and filter', async () => {
    const page = track(await h.context.newPage());
    await page.goto(FAILED.url);
    const popup = track(await h.openPopup(await h.tabIdOf(page)));
    const history = popup.locator('section.history');
    await history.getByRole('button', { name: /PayPal/ }).waitFor();
    await expect(history.locator('.status', { hasText: 'Filed' }).isVisible()).resolves.toBe(true);
    await history.getByText(/Last contact/).waitFor();
    await history.getByRole('searchbox').fill('PP-C-0042');
    await history.getByRole('button', { name: /PayPal/ }).waitFor();
    await history.getByRole('searchbox').fill('no-such-ref');
    await history.getByText('No complaints yet.').waitFor();
    await h.shot(popup, 'popup-history');
  });

  it('shows the drafted letter with references, the ticket, and the due date; never promises an outcome', async () => {
    const dash = track(await h.openExtensionPage(`dashboard.html#case=${encodeURIComponent(caseId)}`));
    const letter = dash.getByRole('textbox', { name: 'Complaint letter' });
    await until(
      () => letter.inputValue(),
      (v) => v.includes('7XK48512TN3390215'),
    );
    const text = await letter.inputValue();
    expect(text).toContain('PP-C-0042-7781');
    expect(text).toContain('129.99');
    expect(text).not.toMatch(/guarantee|will be refunded/i);
  });

  it('reminds when the follow-up date comes, even after the service worker was stopped', async () => {
    const dash = track(await h.openExtensionPage(`dashboard.html#case=${encodeURIComponent(caseId)}`));
    // Move the follow-up 3 s into the future, straight in IndexedDB, then ask for a re-sync.
    await patchCase(dash, caseId, { nextFollowUpAt: new Date(Date.now() + 3000).toISOString() });
    await dash.evaluate(() => chrome.runtime.sendMessage({ type: 'reminders-sync', payload: {} }));
    const cdp = await h.context.newCDPSession(dash);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await dash.getByText('Reminder').first().waitFor({ timeout: 20_000 });
    const notes = await (await h.worker()).evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notes)).toContain(`followup:${caseId}`);
  });

  it("once the answer is overdue, marks the case and suggests the region's next escalation step with its source", async () => {
    const dash = track(await h.openExtensionPage(`dashboard.html#case=${encodeURIComponent(caseId)}`));
    await patchCase(dash, caseId, { escalationDueAt: new Date(Date.now() - 86_400_000).toISOString() });
    await dash.reload();
    await dash.getByText('The time to answer has passed. Next steps:').waitFor();
    // US region: the CFPB's complaint form, offered from the registry-free guidance data.
    await dash.getByText(/CFPB/).first().waitFor();
    expect(await dash.locator('.notice a[href^="https://www.consumerfinance.gov/"]').count()).toBeGreaterThan(0);
    await h.shot(dash, 'complaint-overdue-escalation');
    const page = track(await h.context.newPage());
    await page.goto(FAILED.url);
    const popup = track(await h.openPopup(await h.tabIdOf(page)));
    await popup.locator('section.history .overdue').first().waitFor();
  });
});
