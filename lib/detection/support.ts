// Help-centre / contact / dispute pages recognised by their content: the page title, a main
// heading, a message form (read by reading.ts). Headings in navigation, footers and sidebars do
// not count ("Contact us" sits in most footers).
import { need, type PageReading } from './reading';
import { SUPPORT_STRONG, SUPPORT_WEAK } from './signals';

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

export function supportContent(title: string, page: PageReading['support']): SupportEvidence {
  const { headings, messageBox } = need(page);
  const signals: string[] = [];
  let score = 0;
  const part = title
    .split(TITLE_SPLIT)
    .map((p) => p.trim())
    .find((p) => supportWording(p, false));
  if (part) {
    score += 3;
    signals.push(`page title says ${quote(part)}`);
  }

  let heading = 0;
  for (let k = 0; k < headings.length && heading < 3; k++) {
    const { level, text, shown } = headings[k]!;
    if (!supportWording(text, level > 1) || !need(shown)) continue;
    const value = level === 1 ? 3 : 2;
    if (value > heading) {
      if (heading) signals.pop();
      heading = value;
      signals.push(`heading says ${quote(text)}`);
    }
  }
  score += heading;

  if (messageBox) {
    score += 2;
    signals.push('a contact / ticket form with a message box');
  }
  return { score, signals };
}
