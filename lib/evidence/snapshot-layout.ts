/**
 * What the person saw that static HTML cannot say by itself: the top layer (modal dialogs, open
 * popovers) and the scroll position of scrolled boxes. Both are written as inline CSS on the copy.
 */

const TOP = 2147483647;

function addStyle(el: Element, css: string): void {
  const own = (el.getAttribute('style') ?? '').trim();
  el.setAttribute('style', own ? `${own.replace(/;?$/, ';')}${css}` : css);
}

/**
 * The elements shown in the top layer (modal dialogs, open popovers) among `scope`'s: one query per
 * document, shadow root or frame instead of two selector matches per element (bench: snapshot).
 */
export function topLayerIn(scope: Node | undefined): ReadonlySet<Element> {
  const root = scope?.getRootNode() as ParentNode | undefined;
  try {
    return new Set(root?.querySelectorAll?.(':modal, :popover-open') ?? []);
  } catch {
    return new Set(); // a browser without these selectors has no top layer to keep
  }
}

/**
 * A modal dialog or open popover (`top`, from topLayerIn): pinned where it was shown, above
 * everything, backdrop behind.
 */
export function keepTopLayer(copy: Element, live: Element, top: ReadonlySet<Element>): void {
  if (!top.has(live)) return;
  const r = live.getBoundingClientRect();
  copy.removeAttribute('popover');
  if (copy.localName === 'dialog') copy.setAttribute('open', '');
  addStyle(
    copy,
    `position:fixed!important;inset:auto!important;left:${r.left}px!important;top:${r.top}px!important;width:${r.width}px!important;height:${r.height}px!important;margin:0!important;box-sizing:border-box!important;z-index:${TOP}!important;`,
  );
  if (!live.matches(':modal')) return;
  const view = live.ownerDocument.defaultView;
  const backdrop = view?.getComputedStyle(live, '::backdrop').backgroundColor || 'rgba(0, 0, 0, 0.1)';
  const shade = copy.ownerDocument.createElement('div');
  shade.setAttribute('data-ww-backdrop', '');
  shade.setAttribute('style', `position:fixed;inset:0;z-index:${TOP - 1};background-color:${backdrop};`);
  copy.before(shade);
}

/**
 * A box scrolled away from its start opens scrolled the same way: a 1-pixel marker at the
 * scroll offset is the box's initial scroll target (CSS scroll-initial-target), and the offset is
 * also kept as data-ww-scroll="top,left".
 */
export function keepScroll(copy: Element, live: Element): void {
  const top = Math.round(live.scrollTop);
  const left = Math.round(live.scrollLeft);
  if (!top && !left) return;
  copy.setAttribute('data-ww-scroll', `${top},${left}`);
  const view = live.ownerDocument.defaultView;
  if (view && view.getComputedStyle(live).position === 'static') addStyle(copy, 'position:relative;');
  const marker = copy.ownerDocument.createElement('span');
  marker.setAttribute('data-ww-scroll-marker', '');
  marker.setAttribute(
    'style',
    `position:absolute;top:${top}px;left:${left}px;width:1px;height:1px;pointer-events:none;scroll-initial-target:nearest;scroll-snap-align:start;`,
  );
  copy.append(marker);
}
