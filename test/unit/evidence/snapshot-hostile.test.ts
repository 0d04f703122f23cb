import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotPage } from '../../../lib/evidence/snapshot';
import { loadPage } from './snapshot-fixture';

let document: Document;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('snapshotPage on hostile pages', () => {
  beforeEach(() => {
    document = loadPage();
  });

  it('cannot be broken out of through style text or comments', () => {
    document = parse('<html><head></head><body><p>x</p></body></html>');
    const style = document.createElement('style');
    style.textContent = '</style><script>evil()</script>';
    document.head.append(style);
    document.body.append(document.createComment('--><script>evil()</script>'));
    const out = parse(snapshotPage(document));
    expect(out.querySelectorAll('script')).toHaveLength(0);
  });

  it('handles a document without head or body, and an SVG document', () => {
    const bare = document.implementation.createHTMLDocument('');
    bare.documentElement.replaceChildren(bare.createTextNode('only text'));
    expect(snapshotPage(bare)).toContain('only text');
    const svg = new DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><text onclick="x()">chart</text></svg>',
      'image/svg+xml',
    );
    svg.documentElement.append(svg.createElementNS('http://www.w3.org/2000/svg', 'script'));
    const out = snapshotPage(svg);
    expect(out).toContain('chart');
    expect(out).toContain('<meta charset="utf-8">');
    expect(out).not.toMatch(/<script|onclick/);
    const empty = document.implementation.createHTMLDocument('');
    empty.documentElement.remove();
    expect(snapshotPage(empty)).toMatch(/Content-Security-Policy/);
  });

  it('survives very deep and very large pages', () => {
    const nest = (depth: number) => {
      const deep = document.implementation.createHTMLDocument('');
      let node: Element = deep.body;
      for (let i = 0; i < depth; i++) node = node.appendChild(deep.createElement('div'));
      node.append('bottom', deep.createElement('script'));
      return snapshotPage(deep);
    };
    expect(nest(300)).toMatch(/<div>bottom<\/div>/);
    // Deeper than the copy can recurse (happy-dom's limit; browsers go further): page text only.
    const text = nest(20_000);
    expect(text).toMatch(/page text only/);
    expect(text).toContain('bottom');

    const big = document.implementation.createHTMLDocument('');
    const rows = Array.from(
      { length: 2500 },
      (_, i) => `<tr onclick="x()"><td><a href="/tx/${i}">tx ${i}</a></td><td><input value="${i}"></td></tr>`,
    );
    big.body.innerHTML = `<table>${rows.join('')}</table>`;
    const out = snapshotPage(big);
    expect(out).toContain('tx 2499');
    expect(out).not.toContain('onclick');
  }, 120_000);
});
