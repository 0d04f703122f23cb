/**
 * The DOM half of fact extraction, run in the captured page by the on-demand probe (never in the
 * content script, whose size is budgeted): every piece of visible text with the label it sits
 * under, in document order. Labels come from the page's own structure (dt/dd, table headers, a
 * short element before it, "Label: value"), else the heading above it.
 */
export interface Segment {
  text: string;
  /** The field's own label, when the page gives one. */
  label?: string;
  /** Where it is: the label, or the heading it is under. */
  where: string;
}

const MAX_SEGMENTS = 6000;
const MAX_TEXT = 1000;
const MAX_LABEL = 60;
const SKIP = 'script,style,noscript,template,svg,[hidden],[aria-hidden="true"]';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const short = (s: string) => (s.length > 0 && s.length <= MAX_LABEL ? s.replace(/[:：]\s*$/, '') : undefined);

function ownText(el: Element): string {
  let out = '';
  for (const n of el.childNodes) if (n.nodeType === 3) out += n.nodeValue;
  return squash(out);
}

/** The label of the field `el` holds a value of, from the page's structure. */
function structuralLabel(el: Element): string | undefined {
  const cell = el.closest('dd,td');
  if (cell?.tagName === 'DD') {
    let dt = cell.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    return dt ? short(squash(dt.textContent)) : undefined;
  }
  if (cell?.tagName === 'TD') {
    const row = cell.parentElement;
    const th = row?.querySelector('th');
    if (th) return short(squash(th.textContent));
    const index = Array.prototype.indexOf.call(row?.children ?? [], cell);
    const head = cell.closest('table')?.querySelector('thead tr');
    const col = head?.children[index];
    if (col) return short(squash(col.textContent));
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return short(squash(aria));
  // A value next to its label: <span>Amount</span><span>12.00</span>, or the same one level up.
  for (let node: Element | null = el, depth = 0; node && depth < 2; node = node.parentElement, depth++) {
    const prev = node.previousElementSibling;
    if (prev) {
      if (/^H[1-6]$/.test(prev.tagName)) return undefined;
      const text = squash(prev.textContent);
      if (text && text.length <= MAX_LABEL) return short(text);
      return undefined;
    }
  }
  return undefined;
}

/** Visible text of the page as labelled segments (for findFacts). */
export function readSegments(doc: Document): Segment[] {
  const body = doc.body;
  if (!body) return [];
  const out: Segment[] = [];
  const done = new Set<Element>();
  let heading = '';
  const walker = doc.createTreeWalker(body, 4);
  for (let n = walker.nextNode(); n && out.length < MAX_SEGMENTS; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || done.has(el) || !squash(n.nodeValue) || el.closest(SKIP)) continue;
    done.add(el);
    const text = ownText(el).slice(0, MAX_TEXT);
    if (/^H[1-6]$/.test(el.tagName) || el.closest('h1,h2,h3,h4,h5,h6')) {
      heading = text.slice(0, MAX_LABEL);
      continue;
    }
    // "Label: value"; never a time's colon ("14:03").
    // Header cells and terms are labels of other values, not values.
    if (el.closest('th,dt,label')) continue;
    const inline = /^([^:：\d][^:：]{0,38}[^:：\d\s])\s*[:：]\s*(\S.*)$/.exec(text);
    const label = inline ? squash(inline[1]) : structuralLabel(el);
    const value = inline ? inline[2]! : text;
    out.push({ text: value, label, where: label ?? (heading ? `under "${heading}"` : 'page text') });
  }
  // Values shown in read-only fields (an address to copy), and full hashes behind shortened links.
  for (const input of body.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[readonly],textarea[readonly]')) {
    if (input.type === 'password' || input.type === 'hidden') continue;
    const label = (input.labels?.[0] && short(squash(input.labels[0].textContent))) ?? structuralLabel(input);
    out.push({ text: input.value.slice(0, MAX_TEXT), label, where: label ?? 'read-only field' });
  }
  for (const a of body.querySelectorAll<HTMLAnchorElement>('a[href*="/tx/"],a[href*="/address/"]')) {
    const tail = /\/(tx|address)\/([^/?#]+)/.exec(a.getAttribute('href') ?? '');
    if (tail)
      out.push({
        text: tail[2]!.slice(0, 200),
        label: tail[1] === 'tx' ? 'transaction link' : 'address link',
        where: `link "${squash(a.textContent).slice(0, 40)}"`,
      });
  }
  return out;
}
