import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, until, type Harness } from './harness';
import { axNodes, bannerText, clickButton } from './closed-shadow';
import { useExtension } from './use-extension';

// Issue 16 through the real extension in Chromium: the popup's role="alert" (DESIGN.md
// "Protection warnings") on a look-alike, a fake support page and a recovery-fee page, and none on
// genuine pages, a regulator's warning or the news; the opt-in guard's banner in a closed shadow
// root, before the user types, in English and Chinese; "I trust this site" kept and undone; the
// paste guard. Nothing may leave the browser.

const FIX = 'test/fixtures/protect/';
const PAGES = JSON.parse(readFileSync(path.join(ROOT, FIX, 'pages/index.json'), 'utf8')) as { file: string; url: string }[];
const page = (file: string) => {
  const p = PAGES.find((x) => x.file === file);
  if (!p) throw new Error(`no fixture ${file}`);
  return { url: p.url, file: `${FIX}pages/${file}` };
};
const LOOKALIKE = { url: 'https://paypal-login-verify.com/signin', file: `${FIX}login-page.html` };
const NEUTRAL = { url: 'https://forms.example.org/contact', file: `${FIX}login-page.html` };
const GENUINE = {
  url: 'https://www.paypal.com/myaccount/activity/details/8RT01234FA5678901',
  file: 'test/fixtures/pages/paypal-payment-declined.html',
};
const PHRASE = 'legal winner thank year wave sausage worth useful legal winner thank yellow';

async function open(h: Harness, target: { url: string; file: string }): Promise<{ tab: Page; tabId: number }> {
  h.serve(target.url, { file: target.file });
  const tab = await h.context.newPage();
  await tab.goto(target.url);
  return { tab, tabId: await h.tabIdOf(tab) };
}

/** The popup for a tab once its protection check has answered: the alert's text, or null. */
async function popupAlert(h: Harness, tabId: number, shot?: string): Promise<string | null> {
  const popup = await h.openPopup(tabId);
  const alert = popup.getByRole('alert');
  await until(
    async () => (await alert.count()) + (await popup.locator('[data-protection="clear"]').count()),
    (n) => n > 0,
    10_000,
  );
  const text = (await alert.count()) ? await alert.textContent() : null;
  if (shot) await h.shot(popup, shot);
  await popup.close();
  return text;
}

async function enableGuard(h: Harness, turnOn: RegExp): Promise<void> {
  const dash = await h.openExtensionPage('dashboard.html#protection');
  await dash.getByRole('button', { name: turnOn }).click();
  await until(
    async () => (await h.worker()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)),
    (ids) => ids.includes('protect-guard'),
  );
  await h.shot(dash, 'protection-dashboard-on');
  await dash.close();
}

/** The guard's banner text once it shows (accessibility tree; the shadow root is closed). */
async function banner(tab: Page, expected: RegExp): Promise<string> {
  return until(
    () => bannerText(tab),
    (t) => expected.test(t),
    10_000,
  );
}

describe('popup protection warnings (guard off: the popup checks the tab when it opens)', () => {
  // Each block here checks the extension's requests in a test of its own.
  const { h } = useExtension({ checkRequests: false });

  it('a look-alike of a registry site: role="alert" says look-alike, not the official site, and names the real one', async () => {
    const { tabId } = await open(h, LOOKALIKE);
    const text = await popupAlert(h, tabId, 'protection-popup-lookalike');
    expect(text).toMatch(/Look-alike site: not the official PayPal site/);
    expect(text).toMatch(/paypal-login-verify\.com/);
    expect(text).toMatch(/Do not sign in, pay or type anything/);
    expect(text).toMatch(/PayPal’s real support channels/);
  });

  it('a fake support page: role="alert" says fake support and lists the provider’s real channels', async () => {
    const { tabId } = await open(h, page('fake-support-en-binance.html'));
    const text = await popupAlert(h, tabId, 'protection-popup-fake-support');
    expect(text).toMatch(/Fake support page: not the official Binance support/);
    expect(text).toMatch(/www\.binance\.com/);
  });

  it('a recovery-fee page: role="alert" names fund recovery and that genuine bodies charge no fee', async () => {
    const { tabId } = await open(h, page('recovery-en-crypto.html'));
    const text = await popupAlert(h, tabId, 'protection-popup-recovery');
    expect(text).toMatch(/Fund recovery offer/);
    expect(text).toMatch(/No genuine police force, regulator or provider charges a fee/);
  });

  it('no role="alert" on a genuine wallet page, a regulator’s warning, or news about these scams', async () => {
    for (const target of [
      GENUINE,
      page('fca-recovery-rooms.html'),
      page('ftc-refund-recovery.html'),
      page('news-en-fake-lawfirms.html'),
      page('news-en-fake-support.html'),
      page('binance-support.html'),
    ]) {
      const { tab, tabId } = await open(h, target);
      expect(await popupAlert(h, tabId), target.url).toBeNull();
      await tab.close();
    }
  });

  it('made no request of its own', () => {
    expect(h.extensionRequests).toEqual([]);
  });
});

describe('popup protection warnings in Chinese', () => {
  const { h } = useExtension({ lang: 'zh-CN', checkRequests: false });

  it('仿冒 on a look-alike, 假冒 on a fake support page, 追回资金 and no fee on a recovery page; none on a police warning', async () => {
    expect(await popupAlert(h, (await open(h, LOOKALIKE)).tabId, 'protection-popup-lookalike-zh')).toMatch(
      /仿冒网站：不是PayPal 贝宝的官方网站/,
    );
    expect(await popupAlert(h, (await open(h, page('fake-support-zh-alipay.html'))).tabId)).toMatch(/假冒客服页面：不是支付宝的官方客服/);
    const recovery = await popupAlert(h, (await open(h, page('recovery-zh-hacker.html'))).tabId, 'protection-popup-recovery-zh');
    expect(recovery).toMatch(/追回资金/);
    expect(recovery).toMatch(/不收取任何费用/);
    expect(await popupAlert(h, (await open(h, page('news-zh-recovery.html'))).tabId)).toBeNull();
    expect(h.extensionRequests).toEqual([]);
  });
});

describe('the opt-in guard: banner in a closed shadow root, trust kept per site, paste guard', () => {
  const { h } = useExtension({ checkRequests: false });
  beforeAll(() => enableGuard(h, /^Turn on$/));

  it('shows the banner on a look-alike before the user can type, in a closed shadow root', async () => {
    h.serve(LOOKALIKE.url, { file: LOOKALIKE.file });
    const tab = await h.context.newPage();
    await tab.goto(LOOKALIKE.url, { waitUntil: 'domcontentloaded' });
    // Type as soon as the field exists: faster than any person.
    await tab.locator('#email').pressSequentially('me@example.com');
    const text = await banner(tab, /Warning: look-alike site/);
    expect(text).toMatch(/paypal-login-verify\.com is not the official PayPal 贝宝 site|is not the official PayPal/);
    expect(text).toMatch(/Leave this site/);
    expect(text).toMatch(/I trust this site/);
    const seen = await tab.evaluate(() => (window as unknown as { __seen: { added: number[]; firstKey: number } }).__seen);
    // The banner's host joined the page before the first key reached it.
    expect(seen.added.length).toBe(1);
    expect(seen.added[0]).toBeLessThan(seen.firstKey);
    // The page sees the host element and nothing inside it.
    expect(
      await tab.evaluate(() =>
        [...document.documentElement.children].filter((e) => e.localName === 'div').map((e) => [e.shadowRoot, e.innerHTML]),
      ),
    ).toEqual([[null, '']]);
    expect(await h.badge(await h.tabIdOf(tab))).toBe('⚠');
    await h.shot(tab, 'protection-banner-en');
    await tab.close();
  });

  it('"I trust this site" hides it and is kept; "Stop trusting" in the dashboard brings it back', async () => {
    const tab = await h.context.newPage();
    await tab.goto(LOOKALIKE.url);
    await banner(tab, /I trust this site/);
    await clickButton(tab, 'I trust this site');
    await until(
      async () => (await axNodes(tab)).some((n) => n.role === 'alert'),
      (has) => !has,
    );
    await tab.reload();
    const tabId = await h.tabIdOf(tab);
    // The popup says the site is trusted (so its check ran and found the trust).
    const popup = await h.openPopup(tabId);
    await popup.getByText(/You marked this site as trusted/).waitFor();
    await popup.close();
    expect((await axNodes(tab)).some((n) => n.role === 'alert')).toBe(false);
    const dash = await h.openExtensionPage('dashboard.html#protection');
    await dash.getByText('paypal-login-verify.com').waitFor();
    await h.shot(dash, 'protection-dashboard-trusted');
    await dash.getByRole('button', { name: 'Stop trusting paypal-login-verify.com' }).click();
    await dash.getByText('None yet.').waitFor();
    await dash.close();
    await tab.reload();
    await banner(tab, /Warning: look-alike site/);
    await tab.close();
  });

  it('"Leave this site" leaves a page opened on its own', async () => {
    const tab = await h.context.newPage();
    await tab.goto(LOOKALIKE.url);
    await banner(tab, /Leave this site/);
    await clickButton(tab, 'Leave this site');
    await until(
      async () => tab.url(),
      (u) => u === 'about:blank',
    );
    await tab.close();
  });

  it('holds back a pasted recovery phrase until the user chooses, and warns about a typed private key', async () => {
    h.serve(NEUTRAL.url, { file: NEUTRAL.file });
    const tab = await h.context.newPage();
    await tab.goto(NEUTRAL.url);
    await tab.locator('#notes').focus();
    await tab.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document
        .querySelector('#notes')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, PHRASE);
    const text = await banner(tab, /Never share your recovery phrase/);
    expect(text).toMatch(/looks like a wallet recovery phrase/);
    await h.shot(tab, 'protection-paste-guard');
    // Held back: not in the field, and the page's own paste listener never saw it.
    expect(await tab.locator('#notes').inputValue()).toBe('');
    expect(await tab.evaluate(() => (window as unknown as { __seen: { pastes: number } }).__seen.pastes)).toBe(0);
    await clickButton(tab, 'Paste anyway');
    expect(await tab.locator('#notes').inputValue()).toBe(PHRASE);
    await tab.locator('#email').pressSequentially('4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318');
    await banner(tab, /looks like a private key/);
    await clickButton(tab, 'Clear the field');
    expect(await tab.locator('#email').inputValue()).toBe('');
    // An ordinary page: no site warning.
    expect(await h.badge(await h.tabIdOf(tab))).toBe('');
    await tab.close();
  });

  it('made no request of its own, and the pages none beyond what was served', () => {
    expect(h.extensionRequests).toEqual([]);
    expect(h.blocked).toEqual([]);
  });

  it('leaves no trace a page can observe beyond the banner: no message, event, global or attribute', async () => {
    const recorder = (id: string) =>
      `<!doctype html><html><head><title>Sign in</title><script>
      const seen = (window.__seen = []);
      const before = new Set(Object.getOwnPropertyNames(window));
      window.addEventListener('message', (e) => seen.push('message'), true);
      for (const t of [window, document]) for (const n of ['EXT_ID:guard:wxt:content-script-started', 'wxt:content-script-started', 'wxt:locationchange'])
        t.addEventListener(n, () => seen.push('event ' + n), true);
      new MutationObserver((list) => { for (const m of list) for (const n of m.addedNodes) if (n.nodeType === 1 && !/^(HEAD|BODY)$/.test(n.nodeName)) seen.push('added ' + n.nodeName); })
        .observe(document.documentElement, { childList: true });
      document.addEventListener('DOMContentLoaded', () => new MutationObserver((list) => { for (const m of list) if (m.target !== document.documentElement) seen.push('mutation ' + m.type); })
        .observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
      window.__globals = () => Object.getOwnPropertyNames(window).filter((n) => !before.has(n) && !['__seen', '__globals'].includes(n));
    </script></head><body><form><input name="email"></form></body></html>`.replace('EXT_ID', id);
    const look = 'https://binance-secure-login.com/signin';
    const plain = 'https://www.example-bakery.org/contact';
    h.serve(look, recorder(h.extensionId));
    h.serve(plain, recorder(h.extensionId));
    const observe = (tab: Page) =>
      tab.evaluate(() => ({
        seen: (window as never as { __seen: string[] }).__seen,
        globals: (window as never as { __globals(): string[] }).__globals(),
        attributes: Array.from(document.querySelectorAll('*')).flatMap((e) =>
          e.getAttributeNames().filter((n) => /ww|wxt|wallet|guard|protect/i.test(n)),
        ),
      }));
    const warned = await h.context.newPage();
    await warned.goto(look);
    await banner(warned, /Warning: look-alike site/);
    expect(await observe(warned)).toEqual({ seen: ['added DIV'], globals: [], attributes: [] });
    const quiet = await h.context.newPage();
    await quiet.goto(plain);
    await quiet.locator('input').pressSequentially('hello there');
    await quiet.waitForTimeout(500);
    expect(await observe(quiet)).toEqual({ seen: [], globals: [], attributes: [] });
    await warned.close();
    await quiet.close();
  });

  it('turning it off unregisters the guard: pages load without it, the popup still checks', async () => {
    const dash = await h.openExtensionPage('dashboard.html#protection');
    await dash.getByRole('button', { name: 'Turn off' }).click();
    await dash.getByText('Off: pages are checked when you open the popup.').waitFor();
    await dash.close();
    const ids = await (await h.worker()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    expect(ids).not.toContain('protect-guard');
    const { tab, tabId } = await open(h, LOOKALIKE);
    expect(await popupAlert(h, tabId)).toMatch(/Look-alike site/);
    expect((await axNodes(tab)).some((n) => n.name === 'Leave this site')).toBe(false);
    await tab.close();
  });
});

describe('the guard in Chinese', () => {
  const { h } = useExtension({ lang: 'zh-CN', checkRequests: false });
  beforeAll(() => enableGuard(h, /^开启$/));

  it('shows 仿冒 in the banner, with 离开此网站 and 我信任此网站', async () => {
    h.serve(LOOKALIKE.url, { file: LOOKALIKE.file });
    const tab = await h.context.newPage();
    await tab.goto(LOOKALIKE.url);
    const text = await banner(tab, /警告：仿冒网站/);
    expect(text).toMatch(/不是PayPal 贝宝的官方网站/);
    expect(text).toMatch(/离开此网站/);
    expect(text).toMatch(/我信任此网站/);
    await h.shot(tab, 'protection-banner-zh');
    expect(h.extensionRequests).toEqual([]);
  });
});
