/** What the protection checks read of a page: text and a few counts, nothing typed into it. */
export interface ProtectReading {
  title: string;
  /** h1–h3 and the page's meta description, in order, trimmed. */
  headings: string[];
  /** The page's text (scripts, styles and form values left out), at most TEXT_MAX characters. */
  text: string;
  /** Links that reach a person directly: `tel:`, WhatsApp, Telegram, WeChat, LINE, `mailto:`. */
  contacts: { phone: number; messenger: number; email: number };
  /** Text fields, text areas and password fields. Their values are never read. */
  fields: number;
  /** Marked up as an article (news, blog, notice): `<article>`, og:type article, Article JSON-LD. */
  article: boolean;
}

/**
 * Reads the page for lib/protect/page-judge.ts. Self-contained (no reference outside its body):
 * it is also injected on its own with scripting.executeScript({ func }) on pages that have no
 * guard script. Never reads a field's value.
 */
export function readProtectPage(doc?: Document): ProtectReading {
  const d = doc ?? document;
  const TEXT_MAX = 12_000;
  const clean = (s: string | null | undefined, max: number) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
  const headings: string[] = [];
  for (const h of Array.from(d.querySelectorAll('h1, h2, h3')).slice(0, 40)) {
    const text = clean(h.textContent, 200);
    if (text) headings.push(text);
  }
  const description = clean(d.querySelector('meta[name="description" i], meta[property="og:description" i]')?.getAttribute('content'), 300);
  if (description) headings.push(description);
  let text = '';
  const root = d.body ?? d.documentElement;
  if (root) {
    const walker = d.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const skip = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|OPTION|SELECT)$/;
    for (let n = walker.nextNode(); n && text.length < TEXT_MAX; n = walker.nextNode()) {
      if (skip.test(n.parentElement?.tagName ?? '')) continue;
      const chunk = clean(n.nodeValue, TEXT_MAX);
      if (chunk) text += `${chunk} `;
    }
  }
  const contacts = { phone: 0, messenger: 0, email: 0 };
  for (const a of Array.from(d.querySelectorAll('a[href]')).slice(0, 2000)) {
    const href = (a.getAttribute('href') ?? '').trim().toLowerCase();
    if (href.startsWith('tel:')) contacts.phone++;
    else if (href.startsWith('mailto:')) contacts.email++;
    else if (/^(whatsapp|weixin|tg|line):|\/\/(wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me|line\.me\/ti)\//.test(href))
      contacts.messenger++;
  }
  const fields = d.querySelectorAll(
    'textarea, input:not([type]), input[type="text" i], input[type="email" i], input[type="tel" i], input[type="password" i], input[type="number" i]',
  ).length;
  const jsonLd = Array.from(d.querySelectorAll('script[type="application/ld+json" i]'))
    .slice(0, 10)
    .some((s) => /"@type"\s*:\s*"(News|Blog)?(Article|Posting|Report)"/i.test(s.textContent ?? ''));
  const article =
    jsonLd || !!d.querySelector('article, meta[property="og:type" i][content="article" i], meta[property="article:published_time" i]');
  return { title: clean(d.title, 200), headings, text: text.slice(0, TEXT_MAX), contacts, fields, article };
}
