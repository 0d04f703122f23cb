/**
 * Fonts for page snapshots (DESIGN.md "Page snapshot": fonts, also those loaded through the
 * FontFace API), read without any new network request. Before the synchronous snapshot runs,
 * readFonts collects every @font-face source the page's readable stylesheets name and reads it
 * back from what the browser already holds: data: as it is, blob: from the page's own blob store,
 * same-origin http(s) from the HTTP cache only (`cache: 'only-if-cached'` fails instead of going
 * to the network; the Fetch standard allows it with `mode: 'same-origin'` only). The snapshot then
 * swaps those URLs for data: URLs. What cannot be had that way is dropped and counted (also every
 * http(s) font of a page a service worker controls: the worker would see the read). Run from the
 * extension's isolated world, the reads leave no resource-timing entry the page could observe. Faces
 * added with `new FontFace(…)` are counted as dropped: no API gives their bytes back, and wrapping
 * the page's FontFace constructor to see them would leave a global the page can observe.
 */

/** Absolute font URL → data: URL, and the tally for the evidence record. */
export interface FontData {
  urls: Map<string, string>;
  kept: number;
  dropped: number;
}

export const noFonts = (): FontData => ({ urls: new Map(), kept: 0, dropped: 0 });

const MAX_FONT_BYTES = 3_000_000;
const MAX_TOTAL_BYTES = 12_000_000;
const MAX_FACES = 200;
const URL_TOKEN = /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)'"\s]*))\s*\)/gi;

interface FaceRule {
  family: string;
  sources: string[]; // absolute URLs (data:, blob:, http:, …), in the order the rule names them
}

/** @font-face rules of the document's readable sheets (and their @imports), with absolute sources. */
function faceRules(doc: Document): FaceRule[] {
  const out: FaceRule[] = [];
  const seen = new Set<string>();
  const walk = (sheet: CSSStyleSheet, depth: number): void => {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      return; // cross-origin without CORS: its fonts are not ours to read
    }
    const base = sheet.href ?? doc.baseURI;
    for (let i = 0; i < rules.length && out.length < MAX_FACES; i++) {
      const rule = rules[i] as CSSRule & { styleSheet?: CSSStyleSheet | null; style?: CSSStyleDeclaration; cssRules?: CSSRuleList };
      if (rule.styleSheet && depth < 4) walk(rule.styleSheet, depth + 1);
      else if (rule.constructor.name === 'CSSFontFaceRule' && rule.style && !seen.has(rule.cssText)) {
        seen.add(rule.cssText);
        const sources = urlsIn(rule.style.getPropertyValue('src'), base);
        if (sources.length) out.push({ family: unquote(rule.style.getPropertyValue('font-family')), sources });
      } else if (rule.cssRules && depth < 4) walk(rule as unknown as CSSStyleSheet, depth + 1); // @media, @supports, @layer
    }
  };
  const sheets = [...Array.from(doc.styleSheets), ...(doc.adoptedStyleSheets ?? [])];
  for (const sheet of sheets) walk(sheet as CSSStyleSheet, 0);
  return out;
}

function urlsIn(value: string, base: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(URL_TOKEN)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    try {
      out.push(new URL(raw, base).href);
    } catch {
      // not a URL: nothing to read
    }
  }
  return out;
}

const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2');

/** Bytes the page already has, as a data: URL; null when only a request could get them. */
async function readBack(url: string, origin: string, win: Window & typeof globalThis, budget: { left: number }): Promise<string | null> {
  if (/^data:/i.test(url)) return url;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  let init: RequestInit;
  if (scheme === 'blob:') init = {};
  // A page's service worker would see (and could forward to the network) a same-origin fetch.
  else if ((scheme === 'http:' || scheme === 'https:') && new URL(url).origin === origin && !win.navigator.serviceWorker?.controller)
    init = { cache: 'only-if-cached', mode: 'same-origin', credentials: 'same-origin', redirect: 'error' };
  else return null;
  try {
    const res = await win.fetch(url, init);
    if (!res.ok) return null;
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (!bytes.length || bytes.length > MAX_FONT_BYTES || bytes.length > budget.left) return null;
    budget.left -= bytes.length;
    // Browsers sniff a font's format; the label only has to say it is a font (RFC 8081).
    const type = /^font\/[\w.+-]+$/i.test(res.headers.get('content-type') ?? '') ? res.headers.get('content-type')! : 'font/sfnt';
    return `data:${type};base64,${base64(bytes)}`;
  } catch {
    return null; // not in the cache (the fetch failed rather than ask the network), or revoked
  }
}

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Read the page's fonts back (see the file comment). Never throws, never asks the network. */
export async function readFonts(doc: Document): Promise<FontData> {
  const data = noFonts();
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return data;
  try {
    // document.fonts lists the CSS-connected faces too: a rule no face of which was loaded never
    // showed on the page, so there is nothing to keep (and it is in no cache).
    const used = new Set<string>();
    doc.fonts?.forEach((face) => {
      if (face.status === 'loaded') used.add(unquote(face.family));
    });
    const rules = faceRules(doc).filter((rule) => !doc.fonts || used.has(rule.family));
    const budget = { left: MAX_TOTAL_BYTES };
    const origin = new URL(doc.URL).origin;
    const families = new Set<string>();
    for (const rule of rules) {
      families.add(rule.family);
      let kept = false;
      for (const src of rule.sources) {
        if (!data.urls.has(src)) {
          const got = await readBack(src, origin, win, budget);
          if (got) data.urls.set(src, got);
        }
        if (data.urls.has(src)) {
          kept = true;
          break; // the first source the browser could use is enough
        }
      }
      if (kept) data.kept++;
      else data.dropped++;
    }
    // Faces made with `new FontFace(…)`: loaded, named by no @font-face rule.
    for (const family of used) if (!families.has(family)) data.dropped++;
  } catch {
    // a page without CSSOM or FontFaceSet: nothing to keep
  }
  return data;
}

/** `css` (whose relative URLs are relative to `base`) with every font URL we read swapped for its data. */
export function inlineFonts(css: string, base: string, fonts: FontData): string {
  if (!fonts.urls.size || !/url\(/i.test(css)) return css;
  return css.replace(URL_TOKEN, (token, d?: string, s?: string, bare?: string) => {
    const raw = (d ?? s ?? bare ?? '').replace(/\\(.)/g, '$1');
    if (/^data:/i.test(raw)) return token;
    let abs: string;
    try {
      abs = new URL(raw, base).href;
    } catch {
      return token;
    }
    const inlined = fonts.urls.get(abs);
    return inlined ? `url("${inlined}")` : token;
  });
}
