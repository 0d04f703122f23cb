/**
 * Per-element work of the snapshot's structural pass: links made absolute, handlers dropped
 * early (DOMPurify drops them again at the end), and form state mirrored into attributes with
 * secrets blanked.
 */
import { type Blanked, secretKind } from './snapshot-secrets';

const LINK_ATTRS = new Set(['href', 'xlink:href', 'cite']);

function absoluteUrl(value: string, base: string): string {
  const v = value.trim();
  if (!v || v.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(v)) return value;
  try {
    return new URL(v, base).href;
  } catch {
    return value;
  }
}

/** Attributes are changed by name (never through Attr nodes, which some DOMs share between
 * a node and its copy): the live page must stay untouched. */
export function sanitizeAttributes(el: Element, base: string): void {
  const attrs = el.attributes;
  for (let i = attrs.length - 1; i >= 0; i--) {
    const attr = attrs[i]!;
    const name = attr.name.toLowerCase();
    if (name.startsWith('on')) el.removeAttributeNS(attr.namespaceURI, attr.localName);
    else if (LINK_ATTRS.has(name)) {
      const next = absoluteUrl(attr.value, base);
      if (next !== attr.value) el.setAttributeNS(attr.namespaceURI, attr.name, next);
    }
  }
}

type Live = Element & { value?: string; checked?: boolean; selected?: boolean };

function count(blanked: Blanked, live: Element): boolean {
  const kind = secretKind(live);
  if (kind) blanked[kind] = (blanked[kind] ?? 0) + 1;
  return kind !== null;
}

/**
 * Write what the user saw (current value, checked, selected, edited text) into the copy, or
 * blank it when it is a secret. Only fields that hold something are classified (and counted).
 */
export function mirrorFormState(copy: Element, live: Element | undefined, blanked: Blanked): void {
  const name = copy.localName;
  const l = live as Live | undefined;
  if (name === 'option') {
    if (copy.closest('select[data-ww-blanked]')) copy.removeAttribute('selected');
    else if (l?.selected !== undefined) toggle(copy, 'selected', l.selected);
  } else if (name === 'select') {
    const chosen = (l as HTMLSelectElement | undefined)?.selectedIndex ?? -1;
    if (chosen > 0 && l && count(blanked, l)) copy.setAttribute('data-ww-blanked', '');
  } else if (name === 'input') {
    const type = (copy.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'checkbox' || type === 'radio') {
      if (l?.checked !== undefined) toggle(copy, 'checked', l.checked);
      return;
    }
    const value = typeof l?.value === 'string' ? l.value : (copy.getAttribute('value') ?? '');
    if (value && count(blanked, l ?? copy)) {
      copy.removeAttribute('value');
      copy.setAttribute('data-ww-blanked', '');
    } else if (value) copy.setAttribute('value', value);
    else copy.removeAttribute('value');
  } else if (name === 'textarea') {
    const value = typeof l?.value === 'string' ? l.value : (copy.textContent ?? '');
    const secret = value !== '' && count(blanked, l ?? copy);
    copy.textContent = secret ? '' : value;
    if (secret) copy.setAttribute('data-ww-blanked', '');
  } else if (copy.hasAttribute('contenteditable') && l && (copy.textContent ?? '').trim() && count(blanked, l)) {
    copy.replaceChildren();
    copy.setAttribute('data-ww-blanked', '');
  }
}

function toggle(el: Element, attr: string, on: boolean): void {
  if (on) el.setAttribute(attr, '');
  else el.removeAttribute(attr);
}
