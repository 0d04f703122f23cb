// Bundled by esbuild (React, production) into the generated wallet app page: renders the page's
// tree from the JSON embedded in it, as a wallet site's single-page app renders its activity
// from data. The page cost is measured on this page, whose own scripts do real work.
import { createElement, Fragment, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PageNode } from './wallet-page';

/** HTML attribute names as React props. */
const PROP: Record<string, string> = { class: 'className', for: 'htmlFor' };

function render(n: PageNode): ReactNode {
  if (typeof n === 'string') return n;
  const props = Object.fromEntries(Object.entries(n.a).map(([k, v]) => [PROP[k] ?? k, v]));
  return createElement(n.t, props, ...n.c.map(render));
}

const data = JSON.parse(document.getElementById('wallet-data')?.textContent ?? '[]') as PageNode[];
const root = document.getElementById('root');
if (root) createRoot(root).render(createElement(Fragment, null, ...data.map(render)));
