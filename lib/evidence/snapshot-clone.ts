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
 * Copy `nodes` (and their subtrees; not template contents nor shadow roots) into `owner`: elements
 * and text only (comments and processing instructions are left out, as the snapshot does).
 */
export function copyTree(nodes: readonly Node[], owner: Document): Copy {
  const fragment = owner.createDocumentFragment();
  const lives: Element[] = [];
  const copies: Element[] = [];
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
    const copy = copyElement(el, owner);
    parent.appendChild(copy);
    lives.push(el);
    copies.push(copy);
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, copy]);
  }
  return { fragment, lives, copies };
}
