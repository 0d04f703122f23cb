/**
 * Stylesheets for page snapshots: CSSOM rules as text (what the browser applied, including
 * rules CSS-in-JS libraries insert with insertRule), url() made absolute, and kept from closing
 * their <style> element early.
 */

const MAX_IMPORT_DEPTH = 4;

/** The sheet's rules as CSS text, @imports inlined; null when the browser won't let us read it
 * (a cross-origin sheet without CORS throws SecurityError on cssRules). */
export function sheetText(sheet: CSSStyleSheet, base: string, depth = 0): string | null {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    return null;
  }
  const sheetBase = sheet.href ?? base;
  let out = '';
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as CSSRule & { styleSheet?: CSSStyleSheet | null; href?: string; media?: MediaList };
    if (rule.styleSheet !== undefined && typeof rule.href === 'string') {
      // @import: inline what we can read; the snapshot's CSP would block the fetch anyway.
      const inner = rule.styleSheet && depth < MAX_IMPORT_DEPTH ? sheetText(rule.styleSheet, sheetBase, depth + 1) : null;
      const media = rule.media?.mediaText;
      if (inner === null) out += `/* @import ${commentSafe(rule.href)}: not readable */\n`;
      else out += media && media !== 'all' ? `@media ${media}{\n${inner}}\n` : inner;
      continue;
    }
    out += `${rule.cssText}\n`;
  }
  return rebaseCss(out, sheetBase);
}

/** Make url(...) references absolute against `base` (the sheet's own URL for linked sheets). */
export function rebaseCss(css: string, base: string): string {
  if (!css.includes('url(')) return css;
  return css.replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi, (whole, _q: string, url: string) => {
    const value = url.trim();
    if (!value || /^(data:|#|[a-z][a-z0-9+.-]*:)/i.test(value)) return whole;
    try {
      return `url(${JSON.stringify(new URL(value, base).href)})`;
    } catch {
      return whole;
    }
  });
}

/** Text that goes inside a <style> element must not close it. */
export function styleSafe(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** Text for a comment node: only `>` can end a comment early. */
export function commentSafe(text: string): string {
  return text.replace(/>/g, '%3E');
}

/** Constructed sheets (document or shadow root `adoptedStyleSheets`) as one CSS text. */
export function adoptedText(owner: { adoptedStyleSheets?: readonly CSSStyleSheet[] }, base: string): string {
  let sheets: readonly CSSStyleSheet[] = [];
  try {
    sheets = owner.adoptedStyleSheets ?? [];
  } catch {
    return '';
  }
  return sheets.map((s) => sheetText(s, base) ?? '').join('');
}
