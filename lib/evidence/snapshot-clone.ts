/**
 * The snapshot's copy of the live DOM, made without ever giving a handler attribute to the
 * browser. importNode/cloneNode copy on* attributes into the copy, and Chromium checks the page's
 * CSP for each one even in an inert document where nothing can run: under a strict policy every
 * handler is a console error, a `securitypolicyviolation` event the page's scripts can hear and a
 * report to the site. Elements with such attributes (and those the snapshot drops whole) are made
 * by name and given only their other attributes; all others are copied shallowly by the browser.
 * Iterative: a deep tree cannot overflow the stack.
 */

// Copied bare: their attributes are never read (snapshot.ts drops them) and some are checked by
// the browser as they are set (a <base href> against base-uri, a <meta http-equiv>).
const BARE = new Set(['base', 'meta', 'script', 'noscript', 'template']);
const HANDLER = /^on/i;
// Subtrees deeper than this are copied element by element: the browser's own copy is recursive.
const MAX_DEEP = 200;

export interface Copy {
  /** The copy of the given nodes, in a fragment of `owner`. */
  fragment: DocumentFragment;
  /** Live elements in document order, and their copies at the same index. */
  lives: Element[];
  copies: Element[];
}

function hasHandler(el: Element): boolean {
  // getAttributeNames avoids creating an Attr object per attribute.
  for (const name of el.getAttributeNames()) if (HANDLER.test(name)) return true;
  return false;
}

function copyElement(el: Element, owner: Document): Element {
  const bare = BARE.has(el.localName);
  if (!bare && !hasHandler(el)) return owner.importNode(el, false);
  const qualified = el.prefix ? `${el.prefix}:${el.localName}` : el.localName;
  const copy = owner.createElementNS(el.namespaceURI, qualified);
  if (bare) return copy;
  for (const attr of Array.from(el.attributes)) {
    if (HANDLER.test(attr.name)) continue;
    try {
      copy.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
    } catch {
      // A name the parser accepted but the DOM API does not (e.g. `a"b`): it carried nothing we keep.
    }
  }
  return copy;
}

/**
 * Elements under `nodes` (themselves included) whose subtree cannot be copied by the browser in
 * one call: it holds a BARE element or a handler attribute, or goes deeper than MAX_DEEP levels.
 */
function needsWalk(nodes: readonly Node[]): Set<Element> {
  const out = new Set<Element>();
  const depth = new Map<Node, number>();
  for (const top of nodes) {
    if (top.nodeType !== 1) continue;
    const root = top as Element;
    depth.set(root, 0);
    const all = root.getElementsByTagName('*');
    for (let i = -1; i < all.length; i++) {
      const el = i < 0 ? root : all[i]!;
      const d = i < 0 ? 0 : (depth.get(el.parentNode!) ?? 0) + 1;
      depth.set(el, d);
      if (d < MAX_DEEP && !BARE.has(el.localName) && !hasHandler(el)) continue;
      // Mark it and every ancestor up to `root` (stop at one already marked: so are its own).
      for (let a: Element | null = el; a && !out.has(a); a = a === root ? null : a.parentElement) out.add(a);
    }
  }
  return out;
}

/** Comments and processing instructions in a deep copy (the element-by-element copy leaves them out). */
function dropComments(copy: Element): void {
  const owner = copy.ownerDocument;
  const walker = owner.createTreeWalker(copy, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
  const found: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push(n);
  for (const n of found) n.parentNode?.removeChild(n);
}

/** `el` and every element under it, in document order (a loop: a spread of 20,000 is slow). */
function addAll(out: Element[], el: Element): void {
  out.push(el);
  const all = el.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) out.push(all[i]!);
}

/**
 * Copy `nodes` (and their subtrees; not template contents nor shadow roots) into `owner`: elements
 * and text only (comments and processing instructions are left out, as the snapshot does).
 * Subtrees of an HTML document with nothing that needs the element-by-element copy (needsWalk)
 * are copied in one importNode call (bench: snapshot; about four times faster): cloning copies
 * the same attributes and form state, and an HTML document has no CDATA sections.
 */
export function copyTree(nodes: readonly Node[], owner: Document): Copy {
  const fragment = owner.createDocumentFragment();
  const lives: Element[] = [];
  const copies: Element[] = [];
  const html = nodes[0]?.ownerDocument?.contentType === 'text/html';
  const walk = html ? needsWalk(nodes) : null;
  // Each entry: a live node still to copy and the copy's parent. Pushed in reverse so the stack
  // pops in document order (pre-order), which keeps `lives` in querySelectorAll order.
  const stack: [Node, Node][] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i]!, fragment]);
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    if (node.nodeType === 3 || node.nodeType === 4) {
      parent.appendChild(owner.createTextNode((node as CharacterData).data));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (walk && !walk.has(el)) {
      const copy = owner.importNode(el, true);
      dropComments(copy);
      parent.appendChild(copy);
      addAll(lives, el);
      addAll(copies, copy);
      continue;
    }
    const copy = copyElement(el, owner);
    parent.appendChild(copy);
    lives.push(el);
    copies.push(copy);
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, copy]);
  }
  return { fragment, lives, copies };
}
