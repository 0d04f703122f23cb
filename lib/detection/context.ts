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
  /** Inside a log (role=log: a chat transcript, a message history): what was said, not the page's status. */
  chat: boolean;
  /** The repeated row (tr, li, role=row, or one of identical siblings) holding the text. */
  row: Element | null;
}

const MAX_CLIMB = 64;
const EXCLUDED_ANYWHERE = new Set(['nav', 'footer', 'aside', 'select', 'option', 'textarea', 'datalist']);
/**
 * An <aside> that is a dialog, holds an alert or a list of fields (a <dl>, a table, or rows of
 * "name | value" in div markup), or is named as details ("Transaction details", "交易详情") is a
 * detail panel, not a sidebar.
 */
const PANEL_ROLE = /^(?:dialog|alertdialog|region|main)$/;
const PANEL_INSIDE = '[role="alert"], dl, table';
const PANEL_NAME = /\bdetails?\b|详情|詳情|明细|明細/i;
/** Elements of an aside looked at for rows of fields: bounded, whatever the page. */
const MAX_PANEL_SCAN = 200;
const EXCLUDED_NEAR = new Set(['a', 'button', 'input', 'summary', 'menu']);
const EXCLUDED_ROLES =
  /^(?:navigation|contentinfo|complementary|button|link|tab|option|menuitem|menu|menubar|tablist|listbox|combobox|search)$/;
const HIDING_CLASS = /(?:^|\s)(?:hidden|d-none|is-hidden|hide|invisible|visually-hidden-focusable)(?:\s|$)/;
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
// "statement", "labelled" and "tagline" are no status.
const STATUS_CLASS = /status|badge|pill|chip|\btag(?!line)|state(?!ment)|label(?!led)|result/;
// Utility-first CSS names colours, not meanings: a red or rose border, background or text is how
// such markup styles an error ("border-red-500", "text-rose-600").
const ERROR_CLASS = /error|fail|danger|declin|reject|invalid|negative|\bwarn|\b(?:text|bg|border(?:-[lrtbxyse])?)-(?:red|rose)-\d{2,3}\b/;
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
    chat: false,
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
      else if (role && EXCLUDED_ROLES.test(role) && (level < 5 || role === 'navigation' || role === 'contentinfo') && !disclosed(el, role))
        ctx.excluded = role;
    }
    // A log (a chat transcript, a message history) is live so that new lines are read out: what
    // it holds is a conversation, not an alert of the page.
    const live = role === 'log' ? null : el.getAttribute('aria-live');
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
    if (role === 'log') ctx.chat = true;
    if ((tag === 'article' || role === 'article' || (cls && ARTICLE_CLASS.test(cls))) && !feedItem(el)) ctx.article = true;
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

/**
 * A clickable row opened in place (role=button, aria-expanded="true") shows its details inside
 * itself: what it discloses is page content, not the button's label.
 */
function disclosed(el: Element, role: string): boolean {
  return role === 'button' && el.getAttribute('aria-expanded') === 'true' && el.localName !== 'button';
}

function detailPanel(aside: Element, role: string): boolean {
  if (PANEL_ROLE.test(role) || PANEL_NAME.test(aside.getAttribute('aria-label') ?? '')) return true;
  return aside.querySelector(PANEL_INSIDE) !== null || fieldRows(aside);
}

/**
 * Rows of fields in div markup: three siblings of one tag and class, each a name and a value (two
 * children, the first a short text without digits: "Status" | "Declined", "Card" | "Visa ·· 3087").
 * A sidebar of links or news holds lists, not names with values.
 */
function fieldRows(aside: Element): boolean {
  const parents: Element[] = [aside];
  let seen = 0;
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    let run = 0;
    let prev: Element | null = null;
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (++seen > MAX_PANEL_SCAN) return false;
      const name = el.firstElementChild;
      const pair = el.children.length === 2 && !name!.firstElementChild && /^[^\d]{1,40}$/.test((name!.textContent ?? '').trim());
      const twin = !!prev && prev.localName === el.localName && prev.getAttribute('class') === el.getAttribute('class');
      run = pair ? (twin ? run + 1 : 1) : 0;
      prev = pair ? el : null;
      if (run >= 3) return true;
      if (el.firstElementChild) parents.push(el);
    }
  }
  return false;
}

/** A list of the reader's notices: a feed, a notification centre, an inbox. */
const NOTICES = /notification|inbox|\bmessages\b|\bmsgs?\b|通知|消息|站内信|站內信/i;

/**
 * An item of a feed (role=feed is a list of articles) or of a list of notices (a notification
 * centre, an inbox): one message to the reader, not an editorial article.
 */
export function feedItem(el: Element): boolean {
  const list = el.parentElement;
  if (!list) return false;
  if (list.getAttribute('role') === 'feed') return true;
  const name = `${list.getAttribute('aria-label') ?? ''} ${list.getAttribute('class') ?? ''} ${el.getAttribute('class') ?? ''}`;
  return NOTICES.test(name.replace(/[_-]/g, ' '));
}

/** Div-soup lists: an element with an identical sibling (same tag, same class) is one of many. */
function hasTwin(el: Element, tag: string, cls: string): boolean {
  const sib = el.previousElementSibling ?? el.nextElementSibling;
  return !!sib && sib.localName === tag && (sib.getAttribute('class') ?? '').toLowerCase() === cls;
}
