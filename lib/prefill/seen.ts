/**
 * Whether the user can see a form control, so prefill never writes into a field planted for it
 * (a decoy a page hides to harvest what an extension fills). Style first (hidden, display,
 * visibility, opacity, aria-hidden), then layout where the document has one: a zero-size box, a
 * box outside the page, or (when its centre is in the viewport) another element on top of it.
 */
export function seenByUser(el: Element): boolean {
  if (el.closest('[hidden]') || el.closest('[aria-hidden=true]') || hiddenByHost(el)) return false;
  const h = el as HTMLElement;
  const view = el.ownerDocument.defaultView;
  if (typeof h.checkVisibility === 'function') {
    if (!h.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  } else {
    for (let a: Element | null = el; a && view; a = a.parentElement) {
      const cs = view.getComputedStyle(a);
      if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
    }
  }
  const doc = el.ownerDocument;
  const page = doc.documentElement?.getBoundingClientRect();
  // No layout (a DOM without rendering, as in unit tests): style is all there is to go on.
  if (!view || !page || (page.width === 0 && page.height === 0)) return true;
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  // Outside the page's scrollable area: left of or above it, or beyond its right or bottom edge.
  const scrollW = Math.max(doc.documentElement.scrollWidth, view.innerWidth);
  const scrollH = Math.max(doc.documentElement.scrollHeight, view.innerHeight);
  if (r.right + view.scrollX <= 0 || r.bottom + view.scrollY <= 0 || r.left + view.scrollX >= scrollW || r.top + view.scrollY >= scrollH) {
    return false;
  }
  return !covered(el, r, view);
}

/** aria-hidden on a shadow host hides what is inside its shadow root too. */
function hiddenByHost(el: Element): boolean {
  for (let root = el.getRootNode(); root.nodeType === 11 && 'host' in root; root = (root as ShadowRoot).host.getRootNode()) {
    if ((root as ShadowRoot).host.closest('[hidden],[aria-hidden=true]')) return true;
  }
  return false;
}

function covered(el: Element, r: DOMRect, view: Window): boolean {
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  // Only points inside the viewport can be hit-tested; a field further down is judged by style.
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
  const root = el.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(x, y);
  if (!hit || hit === el || el.contains(hit)) return false;
  // A floating label drawn over its own field is part of the field.
  const label = hit.closest('label') as HTMLLabelElement | null;
  return label?.control !== el;
}
