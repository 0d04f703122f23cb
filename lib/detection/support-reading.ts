// The support-page half of a reading: the main headings (and whether each is shown) and whether
// a message form is there. The judge (support.ts) decides what they say.
import { clean } from './clean';
import { ARTICLE_CLASS, contextOf, feedItem } from './context';
import { elementText } from './element-text';

interface HeadingReading {
  level: 1 | 2;
  text: string;
  /** Neither hidden nor in navigation, a footer or a link; read for short texts only (null: threw). */
  shown?: boolean | null;
}

export interface SupportReading {
  headings: HeadingReading[];
  messageBox: boolean;
  /** The page is an article (a post, a news story, a help article): see `isArticle`. */
  article: boolean;
}

/** The document's title, cleaned; '' when there is none (SVG documents, framesets). */
export function pageTitle(doc: Document): string {
  try {
    return clean(String(doc.title ?? '')).slice(0, 200);
  } catch {
    return '';
  }
}

/** The first 15 h1, h2 and h3 headings, and whether a message box is shown; null when reading threw. */
export function readSupport(doc: Document): SupportReading | null {
  try {
    // getElementsByTagName: cached live collections, cheaper than a selector scan of a huge page.
    const headings = ['h1', 'h2', 'h3']
      .flatMap((tag) => Array.from(take(doc.getElementsByTagName(tag), 15)))
      .map((el): HeadingReading => {
        const h: HeadingReading = { level: el.localName === 'h1' ? 1 : 2, text: elementText(el, 80) };
        // Longer texts never name a support page (support.ts): no need to read where they sit.
        if (h.text && h.text.length <= 60) h.shown = shown(el);
        return h;
      });
    return { headings, messageBox: messageBox(doc), article: isArticle(doc) };
  } catch {
    return null;
  }
}

function shown(el: Element): boolean | null {
  try {
    const ctx = contextOf(el);
    return !ctx.hidden && !ctx.excluded;
  } catch {
    return null;
  }
}

/** A message box the user can type into, in a form or next to a submit button. */
function messageBox(doc: Document): boolean {
  for (const area of take(doc.getElementsByTagName('textarea'), 10)) {
    if (area.hasAttribute('readonly') || area.hasAttribute('disabled')) continue;
    if (contextOf(area.parentElement ?? area).hidden) continue;
    if (area.closest('form') || doc.querySelector('button, [type="submit"]')) return true;
  }
  return false;
}

/**
 * Editorial markup says the page is an article: Open Graph says so, or its main heading sits in
 * an article (an <article>, a schema.org Article or BlogPosting, an article's class), or heads one
 * (an article body right after it). Only the head and the heading's surroundings are read.
 */
function isArticle(doc: Document): boolean {
  const meta = doc.head?.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/^article$/i.test(meta.trim())) return true;
  const h1 = doc.getElementsByTagName('h1')[0];
  if (!h1) return false;
  if (contextOf(h1).article) return true;
  for (let el = h1.parentElement, n = 0; el && n < 12; el = el.parentElement, n++) {
    if (/Article|BlogPosting/.test(el.getAttribute('itemtype') ?? '')) return true;
  }
  let next = h1.nextElementSibling;
  for (let n = 0; next && n < 3; n++, next = next.nextElementSibling) {
    if ((next.localName === 'article' || ARTICLE_CLASS.test((next.getAttribute('class') ?? '').toLowerCase())) && !feedItem(next))
      return true;
  }
  return false;
}

/**
 * The first `max` items of a live collection. Indexed reads walk the document only as far as the
 * item asked for; asking a live collection's length walks all of it (a 20,000-element page, per tag).
 */
function* take<T>(list: { [i: number]: T | undefined }, max: number): Generator<T> {
  for (let i = 0; i < max; i++) {
    const item = list[i];
    if (!item) return;
    yield item;
  }
}
