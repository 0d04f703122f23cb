// Issue 12 §5: nothing on the page can see the extension. A wallet page's own script records
// everything it can observe from the start of parsing: window messages, WXT's start event under
// its real name, DOM changes it did not make, new globals; then the extension detects the page
// and captures it (content script, probe, snapshot), and the page reports what it saw.
import { beforeAll, describe, expect, it } from 'vitest';
import { until } from './harness';
import { useExtension } from './use-extension';

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

// A strict CSP (scripts by nonce only, reports to the site) and handler attributes everywhere:
// copying them for the snapshot must not make the browser report one.
const CSP_URL = 'https://www.paypal.com/myaccount/activity/strict';
const REPORT_URL = 'https://www.paypal.com/csp-report';
const CSP = `script-src 'nonce-r4nd0m'; base-uri 'self'; report-uri ${REPORT_URL}`;
const handlers = Array.from({ length: 40 }, (_, i) => `<span onclick="x${i}()" onmouseover="y()" ONFOCUS="z()">row ${i}</span>`).join('');
const strictPage = `<!doctype html><html><head><title>Activity</title><base href="https://www.paypal.com/myaccount/">
<script nonce="r4nd0m">
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI), true);
</script></head><body onload="boot()"><main id="app"><div role="alert" class="status status--declined"><h2>Payment declined</h2>
<p>Your bank declined this payment of $45.00 USD.</p><p>Transaction ID: 9AB12345CD6789012</p></div>
<form onsubmit="s()"><input name="q" value="x" oninput="i()"><button formaction="/go" onclick="c()">Go</button></form>
<img alt="" onerror="e()" onload="l()"><svg><a onclick="a()"><text>t</text></a><animate onbegin="b()"/></svg>${handlers}<div id="host"></div></main>
<script nonce="r4nd0m">
  // Handlers in an open shadow root too, added by the page before its own recording starts.
  const root = document.getElementById('host').attachShadow({ mode: 'open' });
  const b = document.createElement('button');
  b.textContent = 'inside';
  root.append(b);
  window.__arm = () => { window.__csp.length = 0; };
</script></body></html>`;

describe('the content script and the probe leave no trace a page can observe', () => {
  const { h } = useExtension({ checkRequests: false });
  const reports: string[] = [];
  beforeAll(() => {
    h.serve(URL_, page(h.extensionId));
    h.serve(CSP_URL, strictPage, undefined, { 'Content-Security-Policy': CSP });
    h.context.on('request', (r) => {
      if (r.url().startsWith(REPORT_URL)) reports.push(r.url());
    });
  });

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

  it('a page with a strict CSP and handler attributes everywhere sees no violation and sends no report while captured', async () => {
    const wallet = await h.context.newPage();
    await wallet.goto(CSP_URL);
    const tabId = await h.tabIdOf(wallet);
    await until(
      () => h.badge(tabId),
      (b) => b === '!',
    );
    await wallet.waitForTimeout(300); // the page's own load-time violations (body onload) are sent
    await wallet.evaluate(() => (window as never as { __arm(): void }).__arm());
    reports.length = 0;
    const popup = await h.openPopup(tabId);
    await popup.getByRole('button', { name: 'Capture evidence' }).click();
    await popup.getByText(/Saved at/).waitFor({ timeout: 20_000 });
    await wallet.waitForTimeout(500);
    expect(await wallet.evaluate(() => (window as never as { __csp: string[] }).__csp)).toEqual([]);
    expect(reports).toEqual([]);
    // (control) the same recorder hears a violation when there is one, and the report goes out:
    // a handler attribute fired in the live page.
    const heard = () => wallet.evaluate(() => (window as never as { __csp: string[] }).__csp.length);
    await wallet.evaluate(() => {
      const s = document.createElement('span');
      s.setAttribute('onclick', 'void 0');
      document.body.append(s);
      s.click();
    });
    await until(heard, (n) => n >= 1);
    await until(
      async () => reports.length,
      (n) => n > 0,
    );
    // A snapshot made by serialising and parsing again (DOMParser) is heard too, one violation
    // per handler, where the browser checks handler attributes while parsing (Chromium 156 does;
    // Chromium 150 does not, and then there is nothing of that kind for the capture to avoid).
    const live = await heard();
    await wallet.evaluate(() => new DOMParser().parseFromString(document.getElementById('app')!.outerHTML, 'text/html'));
    await wallet.waitForTimeout(300);
    const parsed = (await heard()) - live;
    if (parsed > 0) expect(parsed).toBeGreaterThanOrEqual(120);
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
