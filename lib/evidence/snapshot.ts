import { adoptedText, type CssFix, commentSafe, sheetText, styleSafe } from './snapshot-css';
import { type FontData, inlineFonts, noFonts } from './snapshot-fonts';
import type { SnapshotFacts } from './snapshot-facts';
import { keepScroll, keepTopLayer, topLayerIn } from './snapshot-layout';
import { canvasImage, inlineImage, type MediaBudget, newMediaBudget } from './snapshot-media';
import { copyTree } from './snapshot-clone';
import { doctype, fallback, frameBox, placeholder } from './snapshot-parts';
import { HEADER_START, purifySnapshot, SNAPSHOT_CSP } from './snapshot-purify';
import { mirrorFormState, sanitizeAttributes } from './snapshot-sanitize';
import { type Blanked, describeBlanked } from './snapshot-secrets';

const DROP = new Set(['script', 'noscript', 'template', 'base', 'noembed', 'noframes', 'meta', 'title']);
const FRAMES = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'portal', 'fencedframe']);
const MAX_DEPTH = 12;

interface Ctx {
  doc: Document;
  base: string;
  depth: number;
  blanked: Blanked;
  media: MediaBudget;
  fix: CssFix;
}

/**
 * The page as sanitised, self-contained HTML (DESIGN.md "Page snapshot"). Runs in the captured
 * page; reads the live DOM once and never changes it. A structural pass copies the page into an
 * inert document (no browsing context: nothing in it loads or runs), pairing each live element
 * with its copy to read form state, stylesheets, pixels, frames and shadow roots; DOMPurify then
 * sanitises the result for a static document (snapshot-purify.ts). Never throws.
 */
export function snapshotPage(doc: Document, now: Date = new Date()): string {
  return snapshotWithFacts(doc, now).html;
}

/**
 * snapshotPage, with what it left out (snapshot-facts.ts). `fonts`: the page's fonts as read back
 * beforehand (readFonts, asynchronous); without it only fonts already inlined as data: are kept.
 */
export function snapshotWithFacts(
  doc: Document,
  now: Date = new Date(),
  fonts: FontData = noFonts(),
): { html: string; facts: SnapshotFacts } {
  const win = (doc.defaultView ?? globalThis) as Window & typeof globalThis;
  const head = `${HEADER_START}\nsource: ${doc.URL}\ncaptured: ${now.toISOString()}`;
  const fix: CssFix = (css, base) => inlineFonts(css, base, fonts);
  const ctx: Ctx = { doc, base: doc.baseURI || doc.URL, depth: 0, blanked: {}, media: newMediaBudget(), fix };
  const facts = (): SnapshotFacts => ({ blanked: { ...ctx.blanked }, fonts: { kept: fonts.kept, dropped: fonts.dropped } });
  let html: string;
  try {
    html = build(doc, ctx, head, fonts);
  } catch (err) {
    html = fallback(doc, commentSafe(`${head}\nfull snapshot failed (${String(err)}); page text only`));
  }
  try {
    return { html: purifySnapshot(html, win), facts: facts() };
  } catch {
    try {
      return { html: purifySnapshot(fallback(doc, commentSafe(`${head}\nsanitising failed; page text only`)), win), facts: facts() };
    } catch {
      return { html: EMPTY, facts: facts() }; // no usable DOM at all (not a browser)
    }
  }
}

const EMPTY = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SNAPSHOT_CSP}"></head><body></body></html>`;

function build(doc: Document, ctx: Ctx, head: string, fonts: FontData): string {
  const root = doc.documentElement;
  if (!root) return fallback(doc, commentSafe(head));
  const inert = doc.implementation.createHTMLDocument('');
  ctx.doc = inert;
  const { lives, copies } = copyTree([root], inert);
  const copy = copies[0]!;
  processTree(lives, copies, ctx);
  const isHtml = copy.localName === 'html' && copy.namespaceURI === 'http://www.w3.org/1999/xhtml';
  const html = isHtml ? copy : inert.createElement('html');
  if (!isHtml) html.append(inert.createElement('head'), inert.createElement('body'));
  let headEl = Array.from(html.children).find((c) => c.localName === 'head');
  if (!headEl) html.prepend((headEl = inert.createElement('head')));
  const title = inert.createElement('title');
  title.textContent = doc.title;
  const body = Array.from(html.children).find((c) => c.localName === 'body' || c.localName === 'frameset') ?? html;
  if (!isHtml) body.append(copy);
  const adopted = adoptedText(doc, ctx.fix, ctx.base);
  if (adopted) body.append(styleElement(inert, adopted));
  const m = ctx.media;
  const notes = [
    head,
    'scripts, event handlers, frames of other sites and network references removed',
    `images: ${m.inlined} inlined, ${m.dropped} left out (not readable without a request)`,
    `fonts: ${fonts.kept} kept, ${fonts.dropped} left out (not readable without a request)`,
    `blanked: ${describeBlanked(ctx.blanked) || 'none'}`,
  ];
  headEl.prepend(inert.createComment(` ${commentSafe(notes.join('\n')).replace(/\n/g, '\n  ')} `), title);
  return `${doctype(doc)}${html.outerHTML}\n`;
}

/** Sanitise `copies` (the copy of `lives`, element for element). */
function processTree(lives: Element[], copies: Element[], ctx: Ctx): void {
  const replace: [Element, Node | null][] = [];
  // Every live element here shares one root (a document, shadow root or frame: copyTree stops at both).
  const top = topLayerIn(lives[0]);
  for (let i = 0; i < copies.length; i++) {
    const el = copies[i]!;
    const live = lives[i];
    const name = el.localName;
    if (DROP.has(name)) {
      replace.push([el, null]);
      continue;
    }
    if (FRAMES.has(name)) {
      replace.push([el, (live && frameCopy(el, live, ctx)) ?? placeholder(el, ctx.doc)]);
      continue;
    }
    if (name === 'link') {
      const rel = ` ${(el.getAttribute('rel') ?? '').toLowerCase()} `;
      replace.push([el, rel.includes(' stylesheet ') ? linkedStyle(el, live, ctx) : null]);
      continue;
    }
    sanitizeAttributes(el, ctx.base);
    mirrorFormState(el, live, ctx.blanked);
    if (name === 'style') {
      const sheet = (live as HTMLStyleElement | undefined)?.sheet;
      const own = el.textContent ?? '';
      el.textContent = styleSafe(!own.trim() && sheet ? (sheetText(sheet, ctx.fix, ctx.base) ?? '') : ctx.fix(own, ctx.base));
    } else if (name === 'img' && live) {
      inlineImage(el, live as HTMLImageElement, ctx.media);
    } else if (name === 'canvas' && live) {
      const img = canvasImage(el, live as HTMLCanvasElement, ctx.media);
      if (img) replace.push([el, img]);
    }
    if (!live) continue;
    keepTopLayer(el, live, top);
    if (name !== 'html' && name !== 'body') keepScroll(el, live);
    const shadow = live.shadowRoot;
    if (shadow && ctx.depth < MAX_DEPTH) el.prepend(shadowTemplate(shadow, ctx));
  }
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
  const { fragment, lives, copies } = copyTree(Array.from(shadow.childNodes), owner);
  content.append(fragment);
  processTree(lives, copies, {
    ...ctx,
    doc: owner,
    depth: ctx.depth + 1,
  });
  const adopted = adoptedText(shadow, ctx.fix, ctx.base);
  if (adopted) content.append(styleElement(owner, adopted));
  return template;
}

/**
 * A same-origin or srcdoc frame's content, kept: a box the frame's size whose shadow root holds
 * the frame's styles and body (a snapshot has no frames: nothing in it can navigate or load).
 * Null for frames the page cannot read (other sites) and for objects and embeds.
 */
function frameCopy(el: Element, live: Element, ctx: Ctx): Element | null {
  let fdoc: Document | null = null;
  try {
    fdoc = (live as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
  const root = fdoc?.documentElement;
  if (!fdoc || !root || ctx.depth >= MAX_DEPTH || !/^i?frame$/.test(el.localName)) return null;
  const { box, template } = frameBox(el, live, ctx.doc);
  const owner = template.content.ownerDocument;
  const { fragment, lives, copies } = copyTree([root], owner);
  const copy = copies[0]!;
  template.content.append(fragment);
  processTree(lives, copies, {
    ...ctx,
    doc: owner,
    base: fdoc.baseURI || fdoc.URL,
    depth: ctx.depth + 1,
  });
  // <html>, <head> and <body> do not exist inside a shadow root: their contents move to divs.
  for (const part of Array.from(copy.querySelectorAll(':scope > head, :scope > body')).concat(copy)) {
    const div = owner.createElement('div');
    for (const a of Array.from(part.attributes)) div.setAttribute(a.name, a.value);
    div.setAttribute('data-ww-frame-part', part.localName);
    div.append(...Array.from(part.childNodes));
    part.replaceWith(div);
  }
  return box;
}

function linkedStyle(el: Element, live: Element | undefined, ctx: Ctx): Node | null {
  const sheet = (live as HTMLLinkElement | undefined)?.sheet;
  // Alternate or disabled sheets were not applied: leave them out.
  if (sheet?.disabled || / alternate /.test(` ${(el.getAttribute('rel') ?? '').toLowerCase()} `)) return null;
  const text = sheet ? sheetText(sheet, ctx.fix, ctx.base) : null;
  if (text === null) return null; // cross-origin without CORS, or not loaded
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
