// Where a piece of text sits: inside an alert, a status badge, a heading, a link, a hidden subtree,
// a repeated row of a list. One bounded climb through the ancestors, attributes only (no layout),
// done only for the few elements whose text already matched something.

export interface TextContext {
  /** Hidden by attribute, inline style, a closed <details>, or a hiding class. */
  hidden: boolean;
  /** Inside navigation, a link, a button, a form control, a footer: not page content. */
  excluded: string | null;
  alert: boolean;
  dialog: boolean;
  heading: boolean;
  /** A status badge: class/data attributes say status, badge, pill, tag, label, state. */
  status: boolean;
  /** The element or a close ancestor carries an error / failure class. */
  errorClass: boolean;
  /** A close ancestor's class says title / headline. */
  titleClass: boolean;
  /** Inside an article (a help page, a blog post, a news story): prose about failures. */
  article: boolean;
  /** The repeated row (tr, li, role=row, or one of identical siblings) holding the text. */
  row: Element | null;
}

const MAX_CLIMB = 64;
const EXCLUDED_ANYWHERE = new Set(['nav', 'footer', 'aside', 'select', 'option', 'textarea', 'datalist']);
/** An <aside> that is a dialog, or holds an alert or a list of fields, is a detail panel, not a sidebar. */
const PANEL_ROLE = /^(?:dialog|alertdialog|region|main)$/;
const PANEL_INSIDE = '[role="alert"], dl, table';
const EXCLUDED_NEAR = new Set(['a', 'button', 'input', 'summary', 'menu']);
const EXCLUDED_ROLES =
  /^(?:navigation|contentinfo|complementary|button|link|tab|option|menuitem|menu|menubar|tablist|listbox|combobox|search)$/;
const HIDING_CLASS = /(?:^|\s)(?:hidden|d-none|is-hidden|hide|invisible|visually-hidden-focusable)(?:\s|$)/;
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
// "statement", "labelled" and "tagline" are no status.
const STATUS_CLASS = /status|badge|pill|chip|\btag(?!line)|state(?!ment)|label(?!led)|result/;
const ERROR_CLASS = /error|fail|danger|declin|reject|invalid|negative|\bwarn/;
const ALERT_CLASS = /toast|snackbar|notification|notice|\balert|flash/;
const DIALOG_CLASS = /modal|dialog|popup|popover|drawer/;
const TITLE_CLASS = /title|headline|heading/;
export const ARTICLE_CLASS = /(?:^|[\s_-])(?:article|post|blog|faq|kb)(?:$|[\s_-])/;
const FAILED_VALUE = /fail|declin|reject|error|revert|refus|denied/i;

export function contextOf(start: Element): TextContext {
  const ctx: TextContext = {
    hidden: false,
    excluded: null,
    alert: false,
    dialog: false,
    heading: false,
    status: false,
    errorClass: false,
    titleClass: false,
    article: false,
    row: null,
  };
  let prev: Element | null = null;
  let el: Element | null = start;
  // The row: the nearest tr / li / role=row, else the highest element (8 levels at most) that has
  // an identical sibling, so uniform cells inside a row do not pass for rows themselves.
  let semanticRow: Element | null = null;
  let repeatedRow: Element | null = null;
  for (let level = 0; el && level < MAX_CLIMB; level++, prev = el, el = el.parentElement) {
    const tag = el.localName;
    if (tag === 'body' || tag === 'html') break;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') ctx.hidden = true;
    if (tag === 'details' && !el.hasAttribute('open') && prev?.localName !== 'summary') ctx.hidden = true;
    const style = el.getAttribute('style');
    if (style && HIDING_STYLE.test(style)) ctx.hidden = true;
    const cls = (el.getAttribute('class') ?? '').toLowerCase();
    if (cls && HIDING_CLASS.test(cls)) ctx.hidden = true;
    if (ctx.hidden) return ctx;

    const role = el.getAttribute('role') ?? '';
    if (!ctx.excluded) {
      if (EXCLUDED_ANYWHERE.has(tag) && !(tag === 'aside' && detailPanel(el, role))) ctx.excluded = tag;
      else if (level < 5 && EXCLUDED_NEAR.has(tag)) ctx.excluded = tag === 'a' ? 'link' : tag;
      else if (role && EXCLUDED_ROLES.test(role) && (level < 5 || role === 'navigation' || role === 'contentinfo')) ctx.excluded = role;
    }
    const live = el.getAttribute('aria-live');
    if (level < 10 && (role === 'alert' || role === 'alertdialog' || role === 'status' || live === 'assertive' || live === 'polite'))
      ctx.alert = true;
    // A toast is an alert; a list of notifications (the text sits in one of its rows) is not.
    if (level < 6 && cls && !semanticRow && !repeatedRow && ALERT_CLASS.test(cls)) ctx.alert = true;
    if (
      level < 16 &&
      (role === 'dialog' ||
        role === 'alertdialog' ||
        tag === 'dialog' ||
        el.getAttribute('aria-modal') === 'true' ||
        (cls && DIALOG_CLASS.test(cls)))
    )
      ctx.dialog = true;
    if (tag === 'article' || role === 'article' || (cls && ARTICLE_CLASS.test(cls))) ctx.article = true;
    if (level < 3 && (tag === 'h1' || tag === 'h2' || tag === 'h3' || role === 'heading')) ctx.heading = true;
    if (level < 2 && cls && TITLE_CLASS.test(cls)) ctx.titleClass = true;
    if (level < 4) {
      const testId = el.getAttribute('data-testid') ?? el.getAttribute('data-test-id') ?? '';
      const dataStatus = el.getAttribute('data-status');
      if (dataStatus !== null || /status/i.test(testId) || (cls && STATUS_CLASS.test(cls))) ctx.status = true;
      // data-status="failed" marks the element itself as failed, whatever its words.
      if (dataStatus && FAILED_VALUE.test(dataStatus)) ctx.errorClass = true;
      if (cls && ERROR_CLASS.test(cls)) ctx.errorClass = true;
    }
    if (!semanticRow && level < 12) {
      if (tag === 'tr' || tag === 'li' || role === 'row' || role === 'listitem') semanticRow = el;
      else if (level < 8 && cls && hasTwin(el, tag, cls)) repeatedRow = el;
    }
  }
  ctx.row = semanticRow ?? repeatedRow;
  return ctx;
}

function detailPanel(aside: Element, role: string): boolean {
  return PANEL_ROLE.test(role) || aside.querySelector(PANEL_INSIDE) !== null;
}

/** Div-soup lists: an element with an identical sibling (same tag, same class) is one of many. */
function hasTwin(el: Element, tag: string, cls: string): boolean {
  const sib = el.previousElementSibling ?? el.nextElementSibling;
  return !!sib && sib.localName === tag && (sib.getAttribute('class') ?? '').toLowerCase() === cls;
}
