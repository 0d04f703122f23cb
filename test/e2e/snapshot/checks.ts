/**
 * Static checks on a snapshot, run in the browser on the re-parsed output (DOMParser): what
 * could run, fetch or navigate, listed; an empty list is a pass. Passed to page.evaluate, so
 * self-contained.
 */
export function staticFindings(html: string, csp: string): string[] {
  const found: string[] = [];
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const head = doc.head;
  const [first, second] = Array.from(head.children);
  if (first?.outerHTML !== '<meta charset="utf-8">') found.push(`head starts with ${first?.outerHTML.slice(0, 60)}`);
  if (second?.getAttribute('http-equiv') !== 'Content-Security-Policy' || second.getAttribute('content') !== csp)
    found.push(`second in head: ${second?.outerHTML.slice(0, 80)}`);
  if (head.firstChild !== first) found.push('something before <meta charset>');
  if (/\b(https?|wss?|ftp):/i.test(csp)) found.push('network source in CSP');
  const roots: ParentNode[] = [doc];
  for (let i = 0; i < roots.length; i++) {
    for (const t of Array.from(roots[i]!.querySelectorAll('template'))) roots.push(t.content);
  }
  const noise = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const BAD_TAGS =
    /^(script|iframe|frame|frameset|object|embed|applet|base|link|noscript|noembed|noframes|xmp|plaintext|portal|fencedframe|use|animate|animatemotion|animatetransform|animatecolor|set|foreignobject|source|track|param)$/i;
  const CSS_FETCH = /(^|[^\w-])(-webkit-|-moz-)?(url|src|image|image-set|cross-fade|element|expression)\s*\(|@import|binding|behavior/i;
  const INLINED = /url\("data:(?:image\/|font\/|application\/(?:x-)?font)[^"\\]*"\)|"data:(?:image|font)\/[^"\\]*"/gi;
  for (const root of roots) {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.localName;
      const where = `<${el.tagName.toLowerCase()}>`;
      if (BAD_TAGS.test(tag)) found.push(`${where} element`);
      if (tag === 'meta' && el !== first && el !== second) found.push(`${where} meta ${el.outerHTML.slice(0, 60)}`);
      if (tag === 'template' && el.getAttribute('shadowrootmode') !== 'open') found.push('inert template');
      if (tag === 'style' && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`${where} in ${el.namespaceURI}`);
      if (tag === 'style' && CSS_FETCH.test((el.textContent ?? '').replace(INLINED, '')))
        found.push(`css: ${(el.textContent ?? '').slice(0, 80)}`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        const value = noise(attr.value);
        if (name.startsWith('on')) found.push(`${where} ${name}`);
        if (el === second) continue; // the CSP meta itself
        if (/^(srcdoc|action|formaction|ping|srcset|imagesrcset|http-equiv|target|formtarget|attributename)$/.test(name))
          found.push(`${where} ${name}`);
        // Text attributes may say anything; every other value must not be a script or HTML URL.
        const text = /^(title|alt|value|placeholder|label|aria-.*|data-.*)$/.test(name) || /^(https?:|mailto:|tel:)/.test(value);
        if (!text && /(java|vb|live)script:|data:text\/html|data:application|data:image\/svg\+xml.*script/.test(value))
          found.push(`${where} ${name}=${value.slice(0, 60)}`);
        if (/^(src|poster|background|lowsrc|dynsrc|data)$/.test(name) && !value.startsWith('data:image/'))
          found.push(`${where} ${name}=${value.slice(0, 60)}`);
        if (
          /(^|:)href$/.test(name) &&
          !/^(a|area)$/.test(tag) &&
          !value.startsWith('#') &&
          !(tag === 'image' && value.startsWith('data:image/'))
        )
          found.push(`${where} ${name}=${value.slice(0, 60)}`);
        if (/(^|:)href$/.test(name) && /^(a|area)$/.test(tag) && !/^(https?:|mailto:|tel:|#)/.test(value))
          found.push(`${where} ${name}=${value.slice(0, 60)}`);
        if (name === 'style' && CSS_FETCH.test(attr.value.replace(INLINED, ''))) found.push(`${where} style=${attr.value.slice(0, 60)}`);
        if (name !== 'style' && /url\s*\(/i.test(attr.value) && !/^url\(\s*['"]?#/.test(attr.value.trim()))
          found.push(`${where} ${name}=${attr.value.slice(0, 60)}`);
      }
    }
  }
  return found;
}
