import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterTypes as T, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { withoutHandlers } from '../../../lib/evidence/strip-handlers';
import { PAYLOADS } from '../../fixtures/payloads';

const corpus = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/payloads/dompurify-corpus.json'), 'utf8')) as {
  payloads: { payload: string }[];
};

/** What a browser's parser (scripting off, as DOMParser) would build from the string: every handler attribute and <base>. */
function risky(html: string): string[] {
  const found: string[] = [];
  const walk = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.tagName === 'base') found.push('base');
      for (const a of child.attrs) if (/^on/i.test(a.name)) found.push(`${child.tagName} ${a.name}`);
      walk(child);
      if ('content' in child) walk((child as T.Template).content);
    }
  };
  walk(parse(html, { scriptingEnabled: false }));
  return found;
}

const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('withoutHandlers', () => {
  it('leaves markup without handlers byte for byte as it was', () => {
    const clean = page('<p class="a" title="on and on">one <b>online</b></p><svg><g fill="red"></g></svg>');
    expect(withoutHandlers(clean)).toBe(clean);
  });

  it('removes handlers in every namespace, in template contents, in noscript (parsed as markup, scripting off) and <base>', () => {
    const out = withoutHandlers(
      page(
        '<img src=x OnError=a()><svg onload=b()><animate onbegin=c()></animate></svg><math><mi onclick=d()></mi></math>' +
          '<template><p onmouseover=e()></p></template><noscript><i onfocus=f()></i></noscript><base href="https://evil.example/">',
      ),
    );
    expect(risky(out)).toEqual([]);
    expect(out).toContain('<img src="x">');
    expect(out).toContain('<template><p></p></template>');
  });

  it('leaves nothing a parser would turn into a handler, for every payload of both corpora', () => {
    const all = [...PAYLOADS, ...corpus.payloads.map((p) => p.payload)];
    expect(all.length).toBeGreaterThan(100);
    const left = all.map((p) => [p.slice(0, 60), risky(withoutHandlers(page(p)))] as const).filter(([, r]) => r.length);
    expect(left).toEqual([]);
    // The corpora do hold handlers: the check above is not vacuous.
    expect(all.filter((p) => risky(page(p)).length).length).toBeGreaterThan(50);
  });

  it('catches handlers that only appear after serialising and parsing again (mutation XSS)', () => {
    const input = page('<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">');
    expect(risky(withoutHandlers(input))).toEqual([]);
  });
});
