import { adoptedText, commentSafe, rebaseCss, sheetText, styleSafe } from './snapshot-css';
import { mirrorFormState, sanitizeAttributes } from './snapshot-sanitize';
import { canvasImage, doctype, fallback, placeholder, removeComments, SNAPSHOT_CSP } from './snapshot-parts';

const DROP = new Set(['script', 'noscript', 'template', 'base', 'noembed', 'noframes']);
const FRAMES = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'portal', 'fencedframe']);
const MAX_SHADOW_DEPTH = 12;

export { SNAPSHOT_CSP };

interface Ctx {
  base: string;
  doc: Document;
  depth: number;
}

/**
 * The page as sanitised, self-contained HTML (DESIGN.md "Page snapshot"). Runs in the captured
 * page; reads the live DOM once and never changes it. The copy lives in an inert document
 * (no browsing context: nothing in it loads or runs); one pass pairs each live element with its
 * copy to read form state, stylesheets and shadow roots. Never throws.
 */
export function snapshotPage(doc: Document, now: Date = new Date()): string {
  let header = 'Wallet Witness page snapshot';
  try {
    header += `\nsource: ${doc.URL}\ncaptured: ${now.toISOString()}\nscripts, event handlers, frames and secret form values removed`;
    return build(doc, commentSafe(header));
  } catch (err) {
    return fallback(doc, commentSafe(`${header}\nfull snapshot failed (${String(err)}); page text only`));
  }
}

function build(doc: Document, header: string): string {
  const root = doc.documentElement;
  if (!root) return fallback(doc, header);
  const inert = doc.implementation.createHTMLDocument('');
  const copy = inert.importNode(root, true);
  const ctx: Ctx = { base: doc.baseURI || doc.URL, doc: inert, depth: 0 };
  processTree([root, ...Array.from(root.querySelectorAll('*'))], [copy, ...Array.from(copy.querySelectorAll('*'))], copy, ctx);
  const isHtml = copy.localName === 'html' && copy.namespaceURI === 'http://www.w3.org/1999/xhtml';
  const html = isHtml ? copy : inert.createElement('html');
  if (!isHtml) html.append(inert.createElement('head'), inert.createElement('body'));
  let head = Array.from(html.children).find((c) => c.localName === 'head');
  if (!head) html.prepend((head = inert.createElement('head')));
  const charset = inert.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const csp = inert.createElement('meta');
  csp.setAttribute('http-equiv', 'Content-Security-Policy');
  csp.setAttribute('content', SNAPSHOT_CSP);
  head.prepend(charset, csp, inert.createComment(` ${header.replace(/\n/g, '\n  ')} `));
  const body = Array.from(html.children).find((c) => c.localName === 'body' || c.localName === 'frameset') ?? html;
  if (!isHtml) body.append(copy);
  const adopted = adoptedText(doc, ctx.base);
  if (adopted) body.append(styleElement(inert, adopted));
  return `${doctype(doc)}${html.outerHTML}\n`;
}

/** Sanitise `copies` (the copy of `lives`, element for element) inside `scope`. */
function processTree(lives: Element[], copies: Element[], scope: Element | DocumentFragment, ctx: Ctx): void {
  const paired = lives.length === copies.length;
  const replace: [Element, Node | null][] = [];
  for (let i = 0; i < copies.length; i++) {
    const el = copies[i]!;
    const live = paired ? lives[i] : undefined;
    const name = el.localName;
    if (DROP.has(name) || (name === 'meta' && (el.hasAttribute('http-equiv') || el.hasAttribute('charset')))) {
      replace.push([el, null]);
      continue;
    }
    if (FRAMES.has(name)) {
      replace.push([el, placeholder(el, ctx.doc, ctx.base)]);
      continue;
    }
    if (name === 'link') {
      const rel = ` ${(el.getAttribute('rel') ?? '').toLowerCase()} `;
      if (rel.includes(' stylesheet ')) replace.push([el, linkedStyle(el, live, ctx)]);
      else if (!rel.includes(' icon ')) replace.push([el, null]);
      if (!rel.includes(' icon ')) continue;
    }
    sanitizeAttributes(el, ctx.base);
    if (name === 'style') {
      const sheet = (live as HTMLStyleElement | undefined)?.sheet;
      const own = el.textContent ?? '';
      const text = !own.trim() && sheet ? (sheetText(sheet, ctx.base) ?? '') : rebaseCss(own, ctx.base);
      el.textContent = styleSafe(text);
    } else if (name === 'input' || name === 'textarea' || name === 'option') {
      mirrorFormState(el, live);
    } else if (name === 'canvas' && live) {
      const img = canvasImage(el, live as HTMLCanvasElement, ctx.doc);
      if (img) replace.push([el, img]);
    } else if (name === 'xmp' || name === 'plaintext') {
      const pre = ctx.doc.createElement('pre');
      pre.textContent = el.textContent;
      replace.push([el, pre]);
    }
    const shadow = live?.shadowRoot;
    if (shadow && ctx.depth < MAX_SHADOW_DEPTH) el.prepend(shadowTemplate(shadow, ctx));
  }
  removeComments(scope);
  for (const [el, next] of replace) {
    if (next) el.replaceWith(next);
    else el.remove();
  }
}

/** An open shadow root as declarative shadow DOM, sanitised like the rest. */
function shadowTemplate(shadow: ShadowRoot, ctx: Ctx): HTMLTemplateElement {
  const template = ctx.doc.createElement('template');
  template.setAttribute('shadowrootmode', 'open');
  const content = template.content;
  const owner = content.ownerDocument;
  for (const child of Array.from(shadow.childNodes)) content.appendChild(owner.importNode(child, true));
  processTree(Array.from(shadow.querySelectorAll('*')), Array.from(content.querySelectorAll('*')), content, {
    ...ctx,
    doc: owner,
    depth: ctx.depth + 1,
  });
  const adopted = adoptedText(shadow, ctx.base);
  if (adopted) content.append(styleElement(owner, adopted));
  return template;
}

function linkedStyle(el: Element, live: Element | undefined, ctx: Ctx): Node {
  const href = el.getAttribute('href') ?? '';
  const sheet = (live as HTMLLinkElement | undefined)?.sheet;
  // Alternate or disabled sheets were not applied: leave them out.
  if (sheet?.disabled || / alternate /.test(` ${(el.getAttribute('rel') ?? '').toLowerCase()} `))
    return ctx.doc.createComment(' disabled stylesheet ');
  const text = sheet ? sheetText(sheet, ctx.base) : null;
  if (text === null) return ctx.doc.createComment(commentSafe(` stylesheet not readable (cross-origin or not loaded): ${href} `));
  const style = styleElement(ctx.doc, text);
  const media = el.getAttribute('media');
  if (media) style.setAttribute('media', media);
  return style;
}

function styleElement(doc: Document, css: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = styleSafe(css);
  return style;
}
