// The texts a form control is described by: its labels, hints, name/id and nearby text.
// Everything is looked up through the element and its ownerDocument only (classify.ts is pure).

const CONTROL = 'input:not([type=hidden]),select,textarea,[contenteditable=""],[contenteditable=true]';
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'SELECT', 'OPTION', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE']);
const MAX = 160;

/** Lower case, accents stripped, punctuation to single spaces; keeps `/`, `#`, `$` and `@`. */
export function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/#$@]+/gu, ' ')
    .trim()
    .slice(0, MAX);
}

/** `cardNumber`, `card_num`, `txn-id`, `order.No2` → `card number`, `card num`, `txn id`, `order no`. */
function ident(s: string | null): string {
  if (!s) return '';
  return norm(
    s
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/\d+/g, ' '),
  );
}

/** Visible-ish text of a node, without option lists, scripts or other controls' contents. */
export function textOf(node: Node | null, limit = 400): string {
  let out = '';
  const walk = (n: Node): void => {
    if (out.length > limit) return;
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType === 1 && !SKIP_TEXT.has((n as Element).tagName)) {
      n.childNodes.forEach(walk);
      out += ' ';
    }
  };
  if (node) walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

function isControl(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).matches(CONTROL);
}

function hasControl(e: Element): boolean {
  return isControl(e) || e.querySelector(CONTROL) !== null;
}

/** `<label for>` (matched by attribute, so odd or duplicated ids still work), wrapping label,
 * `aria-labelledby` (several ids) and `aria-label`. */
export function labelTexts(el: Element): string[] {
  // Inside a shadow root, labels and ids resolve in that root, not in the document.
  const root = el.getRootNode() as Document | ShadowRoot;
  const doc = typeof root.getElementById === 'function' ? root : el.ownerDocument;
  const out: string[] = [];
  if (el.id) {
    for (const l of Array.from(doc.querySelectorAll('label'))) {
      if (l.getAttribute('for') === el.id) out.push(textOf(l));
    }
  }
  const wrap = el.parentElement?.closest('label');
  if (wrap) out.push(textOf(wrap));
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const ref = doc.getElementById(id);
    if (ref && ref !== el) out.push(textOf(ref));
  }
  out.push(el.getAttribute('aria-label') ?? '');
  return out.map(norm).filter(Boolean);
}

/** Placeholder, title (minus browsers' autofill debug titles), a select's empty first option. */
export function hintTexts(el: Element): string[] {
  const title = el.getAttribute('title') ?? '';
  const out = [
    el.getAttribute('placeholder') ?? '',
    el.getAttribute('data-placeholder') ?? '',
    /overall type:|server type:|heuristic type:/i.test(title) ? '' : title,
  ];
  if (el.tagName === 'SELECT') {
    const first = (el as HTMLSelectElement).options[0];
    if (first && !first.value) out.push(first.text);
  }
  return out.map(norm).filter(Boolean);
}

export function attrTexts(el: Element): string[] {
  return [ident(el.getAttribute('name')), ident(el.id)].filter(Boolean);
}

const meaningful = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

/** The text next to the control: the table cell to its left, else a following `<label>`
 * without `for` (floating labels), else a previous sibling's text (climbing while the parent
 * holds no other control). */
export function nearText(el: Element): string {
  const cell = el.closest('td,th');
  if (cell && cell.querySelectorAll(CONTROL).length === 1) {
    for (let p = cell.previousElementSibling; p; p = p.previousElementSibling) {
      if (hasControl(p)) break;
      const t = textOf(p);
      if (meaningful(t)) return norm(t);
    }
  }
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
    if (s.tagName === 'LABEL' && !s.hasAttribute('for')) return norm(textOf(s));
    if (hasControl(s)) break;
  }
  let node: Element = el;
  for (let level = 0; level < 4; level++) {
    for (let s = node.previousSibling; s; s = s.previousSibling) {
      if (s.nodeType === 1 && hasControl(s as Element)) return '';
      const t = s.nodeType === 3 ? (s.textContent ?? '') : s.nodeType === 1 ? textOf(s) : '';
      if (meaningful(t)) return t.length <= 100 ? norm(t) : '';
    }
    const up = node.parentElement;
    if (!up || /^(FORM|FIELDSET|BODY|TD|TH|TR|TABLE)$/.test(up.tagName)) break;
    if (up.querySelectorAll(CONTROL).length > 1) break;
    node = up;
  }
  return '';
}

/** Group context: the closest fieldset legend and role=group / radiogroup labels. */
export function groupText(el: Element): string {
  const out: string[] = [];
  const fs = el.closest('fieldset');
  const legend = fs && Array.from(fs.children).find((c) => c.tagName === 'LEGEND');
  if (legend) out.push(textOf(legend));
  const group = el.parentElement?.closest('[role=group],[role=radiogroup]');
  if (group) out.push(...labelTexts(group));
  return norm(out.join(' '));
}

/** The previous control next to this one with only punctuation between (split inputs). */
export function previousControl(el: Element): Element | null {
  let node: Element = el;
  for (let level = 0; level < 3; level++) {
    for (let s = node.previousSibling; s; s = s.previousSibling) {
      if (s.nodeType === 1) {
        const e = s as Element;
        if (isControl(e)) return e;
        const inner = Array.from(e.querySelectorAll(CONTROL));
        if (inner.length) return inner[inner.length - 1]!;
      }
      if (meaningful(s.textContent ?? '')) return null;
    }
    if (!node.parentElement || node.parentElement.tagName === 'FORM') return null;
    node = node.parentElement;
  }
  return null;
}
