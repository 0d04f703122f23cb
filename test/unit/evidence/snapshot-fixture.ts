/** A captured page with every hazard the snapshot must handle, plus state the user changed. */
const PAGE = `<!DOCTYPE html><html lang="en" onload="evil()"><head>
<base href="https://cdn.example/">
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<meta charset="gbk">
<script>window.stolen = 1</script>
<style>.amount { color: red; background: url(img/bg.png) }</style>
<style id="cssinjs"></style>
<link rel="stylesheet" id="same" href="/css/site.css">
<link rel="stylesheet" id="cross" href="https://cdn.other.example/x.css">
<link rel="preload" href="/big.js" as="script">
<link rel="icon" href="/favicon.ico">
<title>Payment declined</title></head>
<body onclick="evil()">
<h1 onmouseover="evil()">Payment declined</h1>
<a id="js" href="java&#9;script:alert(1)">click</a><a id="rel" href="/help">help</a><a id="frag" href="#top">top</a>
<img id="img" src="logo.png" srcset="logo-2x.png 2x, data:image/png;base64,AA,BB 3x" onerror="evil()">
<iframe id="frame" src="https://ads.example/" width="300" height="250" srcdoc="<script>x()</script>"></iframe>
<svg id="svg"></svg>
<form action="javascript:alert(1)">
  <input id="pw" type="password" value="hunter2">
  <input id="cc" autocomplete="cc-number" value="4111111111111111">
  <input id="cvc" name="cardCvc" value="123"><input id="exp" name="exp-date" value="12/29">
  <input id="otp" autocomplete="one-time-code" value="998877"><input id="pin" name="pin" value="1234">
  <input id="hidden" type="hidden" value="csrf-token-abc">
  <input id="shipping" name="shipping" value="">
  <input id="txid" name="txid" value="">
  <input id="agree" type="checkbox"><textarea id="msg">old</textarea>
  <select id="sel"><option>one</option><option>two</option></select>
  <button formaction="javascript:alert(1)">go</button>
</form>
<div id="host"></div>
<noscript><p>enable JS</p></noscript>
</body></html>`;

/** The page in its own document (as a tab would hold it), with state the user changed. */
export function loadPage(): Document {
  (globalThis as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://www.paypal.com/myaccount/summary');
  const document = new DOMParser().parseFromString(PAGE, 'text/html');
  const set = (id: string, v: string) => ((document.getElementById(id) as HTMLInputElement).value = v);
  set('txid', '9XK12-TYPED');
  set('shipping', 'Beijing');
  set('pw', 'typed-secret');
  (document.getElementById('agree') as HTMLInputElement).checked = true;
  (document.getElementById('msg') as HTMLTextAreaElement).value = 'I was charged twice';
  (document.getElementById('sel') as HTMLSelectElement).selectedIndex = 1;
  const sheet = (rules: string[], href: string | null) => ({ href, cssRules: rules.map((cssText) => ({ cssText })) });
  Object.defineProperty(document.getElementById('same'), 'sheet', {
    value: sheet(['.x { background: url("i/a.png"); }'], 'https://www.paypal.com/css/site.css'),
  });
  Object.defineProperty(document.getElementById('cross'), 'sheet', {
    value: {
      href: 'https://cdn.other.example/x.css',
      get cssRules() {
        throw new DOMException('no', 'SecurityError');
      },
    },
  });
  Object.defineProperty(document.getElementById('cssinjs'), 'sheet', { value: sheet(['.sc-abc { display: flex; }'], null) });
  // SVG script and xlink:href built through the DOM (happy-dom's parser stops at <svg><script>).
  const SVG = 'http://www.w3.org/2000/svg';
  const svg = document.getElementById('svg')!;
  svg.append(document.createElementNS(SVG, 'script'), document.createElementNS(SVG, 'a'));
  svg.lastElementChild!.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'javascript:alert(1)');
  svg.lastElementChild!.setAttribute('href', ' javascript:alert(2)');
  const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>b{color:blue}</style><b onclick="evil()">in shadow</b><input name="cvv" value="999">';
  return document;
}
