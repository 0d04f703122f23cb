// Issue 6 end to end: from a detected failed payment to a filed complaint with a prefilled form,
// a letter and evidence, visible in the toolbar history, with a reminder when time runs out.
import { describe, expect, it } from 'vitest';
import { SHOTS, until } from './harness';
import { DEMO_PAGES } from './demo-pages';
import { allCases, patchCase, records, storedCase } from './idb';
import { useExtension } from './use-extension';

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
  const { h, track } = useExtension({
    serve: [FAILED, { url: FORM_URL, file: 'test/fixtures/forms/paypal-contact.html' }],
  });
  let caseId = '';

  /** When the worker's alarm of that name is set for, or null when there is none. */
  const alarmTime = async (name: string) =>
    (await h.worker()).evaluate(async (n) => (await chrome.alarms.get(n))?.scheduledTime ?? null, name);

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
    // Nobody asked the background: it saw the new case and armed its follow-up reminder.
    const kase = await storedCase(dash, caseId);
    await until(
      () => alarmTime(`followup:${caseId}`),
      (t) => t === Date.parse(String(kase?.nextFollowUpAt)),
    );
  });

  it('a complaint started by capturing on a page the extension never saw gets its follow-up date and an alarm', async () => {
    const url = 'https://shop.example.org/orders/17';
    h.serve(url, '<!doctype html><title>Order 17</title><h1>Order 17</h1><p>Paid 42.00 EUR, not delivered.</p>');
    const page = track(await h.context.newPage());
    await page.goto(url);
    const popup = track(await h.openPopup(await h.tabIdOf(page)));
    await popup.getByText('Capture options').click();
    await popup.getByLabel('File under').selectOption({ label: 'A new complaint' });
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.locator('.capture-result').waitFor({ timeout: 15_000 });
    // What fits after the capture: its complaint and its details; no form here to prefill.
    const next = popup.getByRole('group', { name: 'Next' });
    await next.getByRole('button', { name: 'Open the complaint' }).waitFor();
    await next.getByRole('button', { name: 'Copy the details' }).waitFor();
    expect(await popup.getByRole('button', { name: 'Prefill this form' }).count()).toBe(0);
    const capture = (await records(popup)).find((r) => r.meta?.url === url);
    expect(capture?.caseId).toBeTruthy();
    const kase = await storedCase(popup, capture!.caseId!);
    expect(kase).toMatchObject({ status: 'draft', siteId: null });
    const due = Date.parse(String(kase?.nextFollowUpAt));
    expect(due).toBeGreaterThan(Date.now());
    await until(
      () => alarmTime(`followup:${capture!.caseId}`),
      (t) => t === due,
    );
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

  // Issue 12 §5: fields the user cannot see are never filled (each decoy comes first, with the
  // same label as the real field after it), and another site's form is refused.
  const DECOY_URL = 'https://www.paypal.com/us/smarthelp/contact-us/decoys';
  const decoy = (id: string, style: string, wrap = '') =>
    `<div ${wrap}><label for="${id}">Transaction ID</label><input id="${id}" name="transaction_id" style="${style}"></div>`;
  const decoyPage = `<!doctype html><html><head><title>Contact us</title></head><body style="margin:0;font:16px sans-serif">
<form><h1>Contact PayPal</h1>
${decoy('d-opacity', 'opacity:0')}
${decoy('d-visibility', 'visibility:hidden')}
${decoy('d-offscreen', 'position:absolute;left:-10000px;top:0')}
${decoy('d-zero', 'width:0;height:0;padding:0;border:0')}
${decoy('d-aria', '', 'aria-hidden="true"')}
${decoy('d-hidden', '', 'hidden')}
<div style="position:relative">${decoy('d-covered', 'width:300px;height:30px')}<div style="position:absolute;inset:0;background:#fff;z-index:2">Please wait</div></div>
<p><label for="real">Transaction ID</label> <input id="real" name="transaction_id" style="width:300px"></p>
</form></body></html>`;

  it('never fills a field the user cannot see (hidden, opacity 0, off-screen, zero-size, aria-hidden, covered)', async () => {
    h.serve(DECOY_URL, decoyPage);
    const form = track(await h.context.newPage());
    await form.goto(DECOY_URL);
    const popup = track(await h.openPopup(await h.tabIdOf(form)));
    await popup.getByRole('button', { name: 'Prefill this form' }).click();
    await popup.getByText(/Filled \d+ field/).waitFor({ timeout: 10_000 });
    await expect(form.locator('#real').inputValue()).resolves.toBe('7XK48512TN3390215');
    const decoys = await form.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('input[id^=d-]')).map((i) => `${i.id}=${i.value}`),
    );
    expect(decoys).toEqual(['d-opacity=', 'd-visibility=', 'd-offscreen=', 'd-zero=', 'd-aria=', 'd-hidden=', 'd-covered=']);
  });

  it("refuses, with a message, to fill a page that is not the case provider's site", async () => {
    const WISE = 'https://wise.com/help/contact-us';
    h.serve(DECOY_URL, decoyPage);
    h.serve(WISE, decoyPage.replace('Contact PayPal', 'Contact Wise'));
    const form = track(await h.context.newPage());
    await form.goto(`${DECOY_URL}#wrong-site`); // its own address: tabIdOf finds tabs by URL
    // The popup was opened over PayPal's form; the tab then went to another wallet's page.
    const popup = track(await h.openPopup(await h.tabIdOf(form)));
    await popup.getByRole('button', { name: 'Prefill this form' }).waitFor();
    await form.goto(WISE);
    await popup.getByRole('button', { name: 'Prefill this form' }).click();
    await popup.getByText('Could not fill the form: this page (wise.com) is not a site of PayPal').waitFor({ timeout: 10_000 });
    await expect(form.locator('#real').inputValue()).resolves.toBe('');
    await popup.screenshot({ path: `${SHOTS}/prefill-wrong-site.png` });
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

  it('prefilling with no complaint open for the provider starts one (with its follow-up date) and fills from it', async () => {
    const url = 'https://wise.com/help/contact/form';
    h.serve(
      url,
      `<!doctype html><title>Contact Wise</title><main><h1>Contact us</h1><form>
<label for="n">Full name</label><input id="n" name="fullName" autocomplete="name">
<label for="e">Email address</label><input id="e" name="email" type="email" autocomplete="email">
<label for="d">Describe your issue</label><textarea id="d" name="description"></textarea>
<button type="submit">Send</button></form></main>`,
    );
    const form = track(await h.context.newPage());
    await form.goto(url);
    const tabId = await h.tabIdOf(form);
    await until(
      () => h.badge(tabId),
      (b) => b === '?',
    );
    const popup = track(await h.openPopup(tabId));
    const before = (await records(popup)).length;
    await popup.getByRole('button', { name: 'Prefill this form' }).click();
    await popup.getByText(/^Started a draft complaint to fill from: Wise/).waitFor({ timeout: 10_000 });
    await popup.getByText(/Filled \d+ fields/).waitFor();
    await expect(form.locator('#e').inputValue()).resolves.toBe('mei.carter@example.org');
    // The one case path: a draft for Wise with its follow-up date, and its alarm armed.
    const wise = (await allCases(popup)).filter((c) => c.siteId === 'wise');
    expect(wise).toHaveLength(1);
    expect(wise[0]).toMatchObject({ status: 'draft', provider: 'Wise' });
    const due = Date.parse(String(wise[0]!.nextFollowUpAt));
    expect(due).toBeGreaterThan(Date.now());
    await until(
      () => alarmTime(`followup:${wise[0]!.id}`),
      (t) => t === due,
    );
    // Nothing was captured by prefilling.
    expect((await records(popup)).length).toBe(before);
  });

  it('lists the complaint in the toolbar history with status, dates, search and filter', async () => {
    const page = track(await h.context.newPage());
    await page.goto(FAILED.url);
    const popup = track(await h.openPopup(await h.tabIdOf(page)));
    const history = popup.locator('section.history');
    // On a wallet page the history is folded under its heading, which gives the count.
    const fold = history.getByRole('button', { name: /^Your complaints \(\d+\)$/ });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await fold.click();
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
    await dash.evaluate(() => chrome.runtime.sendMessage({ type: 'cases-changed', payload: {} }));
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
    // A missed deadline is never folded away: the history opens and its heading counts it.
    await popup.locator('section.history .overdue').first().waitFor();
    await expect(popup.locator('section.history h2 button').textContent()).resolves.toMatch(/\d+ overdue$/);
    await h.shot(popup, 'popup-history-overdue');
  });
});
