import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { until } from './harness';
import { DEMO_PAGES } from './demo-pages';
import { useExtension } from './use-extension';

const FAILED = DEMO_PAGES[0];
const SPA_URL = 'https://www.paypal.com/myaccount/transfer/spa';
const SPA_PAGE = `<!doctype html><html><head><title>Send money</title></head><body>
<main id="app"><h1>Send money</h1><p>Review your transfer to a friend.</p></main>
<script>
  window.fail = () => { document.getElementById('app').innerHTML =
    '<div role="alert" class="status status--declined"><h2>Payment declined</h2><p>Your bank declined this payment of $45.00 USD.</p><p>Transaction ID: 9AB12345CD6789012</p></div>'; };
  window.recover = () => { document.getElementById('app').innerHTML = '<h1>Send money</h1><p>Review your transfer.</p>'; };
  window.goHelp = () => { history.pushState({}, '', '/us/smarthelp/contact-us'); document.getElementById('app').innerHTML = '<h1>Contact us</h1><p>How can we help?</p><form><textarea aria-label="Describe your issue"></textarea></form>'; };
</script></body></html>`;

describe('foundation: the extension in real Chromium', () => {
  const { h, track } = useExtension({ serve: DEMO_PAGES });
  beforeAll(() => {
    h.serve(SPA_URL, SPA_PAGE);
    h.serve(
      'https://news.example.org/article',
      '<html><body><h1>Payment failed for thousands</h1><p>An outage hit a bank.</p></body></html>',
    );
  });

  async function open(url: string): Promise<{ page: Page; tabId: number }> {
    const page = track(await h.context.newPage());
    await page.goto(url);
    return { page, tabId: await h.tabIdOf(page) };
  }

  it('runs the content script on a routed wallet page and sets the badge per tab', async () => {
    const failed = await open(FAILED.url);
    const help = await open(DEMO_PAGES[2].url);
    expect(
      await until(
        () => h.badge(failed.tabId),
        (b) => b === '!',
      ),
    ).toBe('!');
    expect(
      await until(
        () => h.badge(help.tabId),
        (b) => b === '?',
      ),
    ).toBe('?');
    expect(await h.badge(failed.tabId)).toBe('!');
  });

  it('never badges a site outside the registry (the content script is not injected there)', async () => {
    const other = await open('https://news.example.org/article');
    await other.page.waitForTimeout(600);
    expect(await h.badge(other.tabId)).toBe('');
  });

  it('follows content that appears after load, its removal, and SPA navigation, within a second', async () => {
    const spa = await open(SPA_URL);
    await spa.page.waitForTimeout(300);
    expect(await h.badge(spa.tabId)).toBe('');
    await spa.page.evaluate(() => (window as unknown as { fail(): void }).fail());
    let t0 = Date.now();
    await until(
      () => h.badge(spa.tabId),
      (b) => b === '!',
      1000,
    );
    expect(Date.now() - t0).toBeLessThan(1000);
    await spa.page.evaluate(() => (window as unknown as { recover(): void }).recover());
    t0 = Date.now();
    await until(
      () => h.badge(spa.tabId),
      (b) => b === '',
      1000,
    );
    await spa.page.evaluate(() => (window as unknown as { goHelp(): void }).goHelp());
    await until(
      () => h.badge(spa.tabId),
      (b) => b === '?',
      1000,
    );
  });

  it('opens the popup bound to a tab and shows what was detected', async () => {
    const failed = await open(FAILED.url);
    await until(
      () => h.badge(failed.tabId),
      (b) => b === '!',
    );
    const popup = track(await h.openPopup(failed.tabId));
    await popup.setViewportSize({ width: 400, height: 900 });
    await expect(popup.getByRole('heading', { name: 'Failed transaction detected' }).isVisible()).resolves.toBe(true);
    await expect(popup.getByRole('button', { name: 'Capture evidence' }).isVisible()).resolves.toBe(true);
    await h.shot(popup, 'popup-en-failed');
  });

  it('captures from the popup through the background, and the dashboard shows the record', async () => {
    const failed = await open(FAILED.url);
    await until(
      () => h.badge(failed.tabId),
      (b) => b === '!',
    );
    const popup = track(await h.openPopup(failed.tabId));
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByText(/Saved at/).waitFor({ timeout: 20_000 });
    const dash = track(await h.openExtensionPage('dashboard.html'));
    await dash
      .getByRole('button', { name: /PayPal/ })
      .first()
      .waitFor({ timeout: 10_000 });
    await h.shot(dash, 'dashboard-after-capture');
  });
});

describe('foundation: Chinese UI', () => {
  const { h } = useExtension({ lang: 'zh-CN', serve: DEMO_PAGES, checkRequests: false });

  it('renders the popup in Simplified Chinese with --lang=zh-CN', async () => {
    const page = await h.context.newPage();
    await page.goto(DEMO_PAGES[1].url);
    const tabId = await h.tabIdOf(page);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );
    const popup = await h.openPopup(tabId);
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.getByRole('heading', { name: '检测到交易失败' }).waitFor();
    await expect(popup.getByRole('button', { name: '保存证据' }).isVisible()).resolves.toBe(true);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await h.shot(popup, 'popup-zh-failed');
  });
});
