// Issue 12 §5: nothing on the page can see the extension. A wallet page's own script records
// everything it can observe from the start of parsing: window messages, WXT's start event under
// its real name, DOM changes it did not make, new globals; then the extension detects the page
// and captures it (content script, probe, snapshot), and the page reports what it saw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, until } from './harness';

const URL_ = 'https://www.paypal.com/myaccount/activity/traces';

const page = (extensionId: string) => `<!doctype html><html><head><title>Activity</title><script>
  const seen = (window.__seen = []);
  const before = new Set(Object.getOwnPropertyNames(window));
  window.addEventListener('message', (e) => seen.push('message ' + JSON.stringify(e.data)), true);
  for (const target of [window, document]) for (const name of ['${extensionId}:wallet:wxt:content-script-started', 'wxt:content-script-started', 'wxt:locationchange'])
    target.addEventListener(name, () => seen.push('event ' + name), true);
  // From the end of parsing on (the parser's own insertions are not the extension's).
  document.addEventListener('DOMContentLoaded', () => new MutationObserver((list) => { for (const m of list) seen.push('mutation ' + m.type + ' ' + (m.attributeName || m.target.nodeName)); })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
  window.__globals = () => Object.getOwnPropertyNames(window).filter((n) => !before.has(n) && !['__seen', '__globals'].includes(n));
</script></head><body><main id="app" data-page-owned><div role="alert" class="status status--declined"><h2>Payment declined</h2>
<p>Your bank declined this payment of $45.00 USD.</p><p>Transaction ID: 9AB12345CD6789012</p></div></main></body></html>`;

describe('the content script and the probe leave no trace a page can observe', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    h.serve(URL_, page(h.extensionId));
  }, 60_000);
  afterAll(() => h?.close());

  it('no message, no event, no DOM change, no global: not while detecting, not while capturing', async () => {
    const wallet = await h.context.newPage();
    await wallet.goto(URL_);
    const tabId = await h.tabIdOf(wallet);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );
    const popup = await h.openPopup(tabId);
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByText(/Saved at/).waitFor({ timeout: 20_000 });
    const seen = await wallet.evaluate(() => ({
      seen: (window as never as { __seen: string[] }).__seen,
      globals: (window as never as { __globals(): string[] }).__globals(),
      attributes: Array.from(document.querySelectorAll('*')).flatMap((e) => e.getAttributeNames().filter((n) => /ww|wxt|wallet/i.test(n))),
    }));
    expect(seen).toEqual({ seen: [], globals: [], attributes: [] });
  }, 60_000);

  it('(control) the recorder does see a message and a DOM change when there is one', async () => {
    const control = await h.context.newPage();
    await control.goto(URL_);
    await control.evaluate(() => {
      window.postMessage({ type: 'probe' }, '*');
      document.body.setAttribute('data-x', '1');
    });
    await control.waitForTimeout(100);
    expect(await control.evaluate(() => (window as never as { __seen: string[] }).__seen)).toEqual(
      expect.arrayContaining(['message {"type":"probe"}', 'mutation attributes data-x']),
    );
  });
});
