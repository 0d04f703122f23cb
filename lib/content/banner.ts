import { t } from '../i18n';

/** One action on the banner: a label and what it does. */
export interface BannerAction {
  label: string;
  run: () => void;
  primary?: boolean;
}

export interface Banner {
  remove(): void;
}

const STYLE = `
:host { all: initial; }
.b { position: fixed; inset: 0 0 auto 0; z-index: 2147483647; box-sizing: border-box; padding: 14px 18px;
  background: #b3261e; color: #fff; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  box-shadow: 0 2px 12px rgba(0,0,0,.35); }
.t { font-weight: 700; font-size: 17px; margin: 0 0 4px; }
.m { margin: 0 0 10px; max-width: 70em; }
.a { display: flex; gap: 10px; flex-wrap: wrap; }
button { font: inherit; border-radius: 6px; padding: 6px 14px; cursor: pointer; border: 2px solid #fff; background: transparent; color: #fff; }
button.p { background: #fff; color: #b3261e; font-weight: 700; }
button:focus-visible { outline: 3px solid #ffd54f; outline-offset: 2px; }
`;

const HOST_STYLE: Record<string, string> = {
  display: 'block',
  position: 'fixed',
  inset: '0 0 auto 0',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  margin: '0',
  padding: '0',
  border: '0',
};

/**
 * The in-page warning: a bar across the top of the page in a CLOSED shadow root, so the page's
 * scripts can neither read nor restyle it, and nothing of it but its host element is visible to
 * them. Attached to the document element, which exists at document_start, before the body does.
 */
export function showBanner(title: string, message: string, actions: BannerAction[]): Banner {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const bar = document.createElement('div');
  bar.className = 'b';
  bar.setAttribute('role', 'alert');
  bar.setAttribute('aria-label', t('bannerLabel'));
  const h = document.createElement('p');
  h.className = 't';
  h.textContent = title;
  const p = document.createElement('p');
  p.className = 'm';
  p.textContent = message;
  const row = document.createElement('div');
  row.className = 'a';
  for (const a of actions) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = a.label;
    if (a.primary) b.className = 'p';
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      a.run();
    });
    row.append(b);
  }
  bar.append(h, p, row);
  root.append(style, bar);
  // Inline !important beats any page style aimed at the host element (html > div { display: none }).
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  const attach = () => {
    if (!host.isConnected) document.documentElement.append(host);
  };
  attach();
  // A page that removes the banner gets it back, until the user closes it.
  const keep = new MutationObserver(attach);
  keep.observe(document.documentElement, { childList: true });
  return {
    remove: () => {
      keep.disconnect();
      host.remove();
    },
  };
}
