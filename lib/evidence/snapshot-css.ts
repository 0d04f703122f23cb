/**
 * Stylesheets for page snapshots. The structural pass reads CSSOM rules as text (what the browser
 * applied, including rules CSS-in-JS libraries insert with insertRule); the final pass
 * (snapshot-purify.ts) re-reads every stylesheet and style attribute with the browser's own CSS
 * parser and drops what would fetch: @import, url(), image-set(), src() and the like unless they
 * hold an inlined data: image or font, plus expression() and bindings.
 */

const MAX_IMPORT_DEPTH = 4;

/** Rewrites a sheet's CSS text whose relative URLs are relative to `base` (snapshot-fonts.ts). */
export type CssFix = (css: string, base: string) => string;

/** The sheet's rules as CSS text, @imports inlined, each sheet's text passed through `fix` with
 * its own base URL; null when the browser won't let us read it (a cross-origin sheet without
 * CORS throws SecurityError on cssRules). */
export function sheetText(sheet: CSSStyleSheet, fix: CssFix, base: string, depth = 0): string | null {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    return null;
  }
  const own = sheet.href ?? base;
  let out = '';
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as CSSRule & { styleSheet?: CSSStyleSheet | null; href?: string; media?: MediaList };
    if (rule.styleSheet !== undefined && typeof rule.href === 'string') {
      // @import: inline what we can read; what we cannot is left out.
      const inner = rule.styleSheet && depth < MAX_IMPORT_DEPTH ? sheetText(rule.styleSheet, fix, own, depth + 1) : null;
      const media = rule.media?.mediaText;
      if (inner !== null) out += media && media !== 'all' ? `@media ${media}{\n${inner}}\n` : inner;
      continue;
    }
    out += `${fix(rule.cssText, own)}\n`;
  }
  return out;
}

/** Text that goes inside a <style> element cannot close it: `<` only appears escaped. */
export function styleSafe(css: string): string {
  return css.replace(/</g, '\\3c ');
}

/** Text for a comment node: only `>` can end a comment early. */
export function commentSafe(text: string): string {
  return text.replace(/>/g, '%3E');
}

/** Constructed sheets (document or shadow root `adoptedStyleSheets`) as one CSS text. */
export function adoptedText(owner: { adoptedStyleSheets?: readonly CSSStyleSheet[] }, fix: CssFix, base: string): string {
  let sheets: readonly CSSStyleSheet[] = [];
  try {
    sheets = owner.adoptedStyleSheets ?? [];
  } catch {
    return '';
  }
  return sheets.map((s) => sheetText(s, fix, base) ?? '').join('');
}

// Inlined data in the browser's serialisation (url("data:…"), or a string in image-set()).
const INLINED = /url\("data:(?:image\/|font\/|application\/(?:x-)?font)[^"\\]*"\)|"data:(?:image|font)\/[^"\\]*"/gi;
// Anything else that can fetch or run, after the inlined data is taken out.
const FETCHING = /(?:^|[^\w-])(?:-webkit-|-moz-)?(?:url|src|image|image-set|cross-fade|element|expression)\s*\(|@import/i;
const BINDING = /binding|behavior/i;

function networkFree(css: string, rawTokens: boolean): boolean {
  const rest = css.replace(INLINED, '');
  // Custom property values are kept as written: an escape could spell url( past the check.
  return !FETCHING.test(rest) && !(rawTokens && rest.includes('\\'));
}

function cleanStyle(style: CSSStyleDeclaration): void {
  for (let i = style.length - 1; i >= 0; i--) {
    const prop = style.item(i);
    if (BINDING.test(prop) || !networkFree(style.getPropertyValue(prop), prop.startsWith('--'))) style.removeProperty(prop);
  }
}

type RuleOwner = { cssRules: CSSRuleList; deleteRule?: (index: number) => void };

function cleanRules(owner: RuleOwner): void {
  const rules = owner.cssRules;
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i] as CSSRule & { style?: CSSStyleDeclaration; cssRules?: CSSRuleList };
    if (rule.style) cleanStyle(rule.style);
    if (rule.cssRules) cleanRules(rule as RuleOwner);
    if (!networkFree(rule.cssText, false)) {
      if (owner.deleteRule) owner.deleteRule(i);
      else if (rule.style) rule.style.cssText = ''; // a keyframe: cannot be deleted by index
    }
  }
}

/** A stylesheet's text as the browser parses it, with every fetch and script hook removed. */
export function cleanStylesheet(css: string, win: Window & typeof globalThis): string {
  if (!css.trim()) return '';
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css); // also drops @import: constructed sheets never import
    cleanRules(sheet);
    return styleSafe(Array.from(sheet.cssRules, (r) => r.cssText).join('\n'));
  } catch {
    return '';
  }
}

/** A style attribute's declarations as the browser parses them, fetches and hooks removed. */
export function cleanDeclarations(value: string, doc: Document): string {
  const el = doc.createElement('div');
  el.setAttribute('style', value);
  cleanStyle(el.style);
  return el.style.cssText;
}
