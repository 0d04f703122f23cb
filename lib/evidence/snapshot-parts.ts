/** Pieces of the page snapshot that do not depend on its traversal (see snapshot.ts). */

/** width/height attributes as CSS, for boxes that stand in for frames. */
function sizeCss(el: Element): string {
  let css = '';
  for (const a of ['width', 'height']) {
    const v = el.getAttribute(a) ?? '';
    if (/^\d+(\.\d+)?(px|%)?$/.test(v)) css += `${a}:${v}${/\d$/.test(v) ? 'px' : ''};`;
  }
  return css;
}

function copyIdentity(from: Element, to: Element): void {
  for (const attr of ['id', 'class', 'style']) if (from.hasAttribute(attr)) to.setAttribute(attr, from.getAttribute(attr)!);
}

/** Frames of other sites are not captured: a box of the same size says what was there. */
export function placeholder(el: Element, doc: Document): Element {
  const box = doc.createElement('div');
  copyIdentity(el, box);
  box.setAttribute(
    'style',
    `display:inline-block;box-sizing:border-box;border:1px dashed #999;color:#666;font:12px sans-serif;padding:4px;overflow:hidden;${sizeCss(el)}${el.getAttribute('style') ?? ''}`,
  );
  box.setAttribute('data-ww-placeholder', el.localName);
  const src = el.getAttribute('src') ?? el.getAttribute('data') ?? '';
  box.textContent = `[${el.localName}] ${/^https?:/i.test(src.trim()) ? src.trim() : ''}`;
  return box;
}

/** The box that holds a kept frame's content in its shadow root, the size the frame was shown. */
export function frameBox(el: Element, live: Element, doc: Document): { box: Element; template: HTMLTemplateElement } {
  const box = doc.createElement('div');
  copyIdentity(el, box);
  const r = live.getBoundingClientRect();
  const size = r.width || r.height ? `width:${r.width}px;height:${r.height}px;` : sizeCss(el);
  box.setAttribute('style', `display:inline-block;box-sizing:border-box;overflow:hidden;${el.getAttribute('style') ?? ''};${size}`);
  box.setAttribute(
    'data-ww-frame',
    el.getAttribute('src') && /^https?:/i.test(el.getAttribute('src')!) ? el.getAttribute('src')! : 'srcdoc',
  );
  const template = doc.createElement('template');
  template.setAttribute('shadowrootmode', 'open');
  const ua = doc.createElement('style');
  // The frame's own user-agent defaults, which its <body> no longer gets.
  ua.textContent = ':host{display:inline-block}[data-ww-frame-part=body]{display:block;margin:8px}';
  template.content.append(ua);
  box.append(template);
  return { box, template };
}

/** Keep the page's rendering mode: a doctype only if it had one (quirks pages stay quirks). */
export function doctype(doc: Document): string {
  const dt = doc.doctype;
  if (!dt) return '';
  const ok = (s: string) => /^[\w .:/+-]*$/.test(s);
  const pub = dt.publicId && ok(dt.publicId) ? ` PUBLIC "${dt.publicId}"` : '';
  const sys = dt.systemId && ok(dt.systemId) ? `${pub ? '' : ' SYSTEM'} "${dt.systemId}"` : '';
  return `<!DOCTYPE html${pub}${sys}>\n`;
}

/** Last resort (e.g. a tree too deep to copy): the page's text, escaped; iterative, so depth
 * cannot overflow the stack. */
export function fallback(doc: Document, header: string): string {
  let text = '';
  try {
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement ?? doc, 0x4); // NodeFilter.SHOW_TEXT
    while (walker.nextNode() && text.length < 10_000_000) {
      const parent = walker.currentNode.parentNode as Element | null;
      if (parent?.localName !== 'script' && parent?.localName !== 'style') text += walker.currentNode.nodeValue;
    }
  } catch {
    /* nothing readable */
  }
  const esc = text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>\n<html><head><!-- ${header} --></head><body><pre style="white-space:pre-wrap">${esc}</pre></body></html>\n`;
}
