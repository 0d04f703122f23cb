// Help-centre / contact / dispute pages recognised by their content: the page title, a main
// heading, a message form. Headings in navigation, footers and sidebars do not count ("Contact
// us" sits in most footers).
import { contextOf } from './context';
import { SUPPORT_STRONG, SUPPORT_WEAK } from './signals';
import { clean } from './clean';
import { elementText } from './element-text';

export interface SupportEvidence {
  score: number;
  signals: string[];
}

const TITLE_SPLIT = /\s+[|\-–—·:]\s+|\s*[|｜·—–]\s*/;
const quote = (s: string) => `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;

/** A short text that names a support page: strong wording anywhere, weak wording at an edge. */
function supportWording(text: string, strongOnly: boolean): boolean {
  if (!text || text.length > 60) return false;
  if (SUPPORT_STRONG.test(text)) return true;
  if (strongOnly || text.length > 26) return false;
  const m = SUPPORT_WEAK.exec(text);
  return !!m && (m.index === 0 || m.index + m[0].length >= text.length - 1);
}

export function supportContent(doc: Document, title: string): SupportEvidence {
  const signals: string[] = [];
  let score = 0;
  const part = title.split(TITLE_SPLIT).map((p) => p.trim()).find((p) => supportWording(p, false));
  if (part) {
    score += 3;
    signals.push(`page title says ${quote(part)}`);
  }

  let heading = 0;
  // getElementsByTagName: cached live collections, cheaper than a selector scan of a huge page.
  const headings = ['h1', 'h2', 'h3'].flatMap((tag) => Array.from(take(doc.getElementsByTagName(tag), 15)));
  for (let k = 0; k < headings.length && heading < 3; k++) {
    const el = headings[k]!;
    const level = el.localName === 'h1' ? 1 : 2;
    const text = elementText(el, 80);
    if (!supportWording(text, level > 1)) continue;
    const ctx = contextOf(el);
    if (ctx.hidden || ctx.excluded) continue;
    const value = level === 1 ? 3 : 2;
    if (value > heading) {
      if (heading) signals.pop();
      heading = value;
      signals.push(`heading says ${quote(text)}`);
    }
  }
  score += heading;

  const areas = doc.getElementsByTagName('textarea');
  for (let k = 0; k < areas.length && k < 10; k++) {
    const area = areas[k]!;
    if (area.hasAttribute('readonly') || area.hasAttribute('disabled')) continue;
    const ctx = contextOf(area.parentElement ?? area);
    if (ctx.hidden) continue;
    if (!area.closest('form') && !doc.querySelector('button, [type="submit"]')) continue;
    score += 2;
    signals.push('a contact / ticket form with a message box');
    break;
  }
  return { score, signals };
}

function* take<T>(list: { length: number; [i: number]: T }, max: number): Generator<T> {
  for (let i = 0; i < list.length && i < max; i++) yield list[i]!;
}

/** The document's title, cleaned; '' when there is none (SVG documents, framesets). */
export function pageTitle(doc: Document): string {
  try {
    return clean(String(doc.title ?? '')).slice(0, 200);
  } catch {
    return '';
  }
}
