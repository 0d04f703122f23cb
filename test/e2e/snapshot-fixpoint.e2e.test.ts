// Issue 12 §1: no mutation XSS. For generated nested markup (tags of every namespace and parsing
// mode, attributes, entities, comments, CSS), the sanitised output parsed, sanitised and
// serialised again is the same string: what was checked is what every later reader sees.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lab, openLab } from './snapshot/lab';

const TAGS = [
  'div',
  'p',
  'a',
  'b',
  'i',
  'table',
  'tr',
  'td',
  'li',
  'ul',
  'form',
  'select',
  'option',
  'textarea',
  'title',
  'style',
  'script',
  'noscript',
  'template',
  'xmp',
  'noembed',
  'iframe',
  'svg',
  'math',
  'mtext',
  'mglyph',
  'malignmark',
  'foreignObject',
  'desc',
  'annotation-xml',
  'image',
  'img',
  'use',
  'animate',
  'set',
  'head',
  'body',
  'html',
  'plaintext',
  'object',
  'embed',
  'font',
  'dialog',
  'details',
  'button',
  'input',
  'base',
  'meta',
  'link',
  'SCRIPT',
  'sTyLe',
  'frameset',
];
const ATTRS = [
  'id',
  'class',
  'style',
  'href',
  'xlink:href',
  'src',
  'srcset',
  'onerror',
  'title',
  'action',
  'formaction',
  'shadowrootmode',
  'http-equiv',
  'HTTP-EQUIV',
  'content',
  'encoding',
  'color',
  'face',
  'popover',
  'open',
  'value',
  'attributeName',
  'to',
  'fill',
];
const VALUES = [
  'x',
  'javascript:alert(1)',
  'java&#x09;script:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example/x',
  '#a',
  'open',
  'text/html',
  'refresh',
  '0;url=javascript:alert(1)',
  'background:url(https://evil.example/x)',
  'url(#f)',
  '</style><img src=x onerror=alert(1)>',
  '--></p><img src=x onerror=alert(1)>',
  'color:red',
  '"><svg onload=alert(1)>',
];
const TEXTS = [
  'hello',
  '<img src=x onerror=alert(1)>',
  '&lt;script&gt;',
  '</style>',
  '<!--',
  '-->',
  ']]>',
  '&amp;',
  '</textarea>',
  '@import "x";',
  'a{background:url(https://evil.example/x)}',
  '\u0000',
  ' ',
];

const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES)).map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`);
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.constantFrom('<!-- c -->', '<![CDATA[x]]>', '<?x y?>', '</p>', '</svg>', '</math>', '<br>'),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([t, a, kids, close]) => `<${t}${a.join('')}>${kids.join('')}${close ? `</${t}>` : ''}`),
  ),
}));

let lab: Lab;
beforeAll(async () => {
  lab = await openLab();
}, 60_000);
afterAll(() => lab?.close());

describe('the snapshot sanitiser is a fixpoint', () => {
  it('on generated nested markup (600 documents)', async () => {
    const docs = fc.sample(
      fc.array(node, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
      { numRuns: 600, seed: 12 },
    );
    const once = await lab.sanitise(docs);
    const twice = await lab.sanitise(once);
    const moved = once.map((o, i) => (o === twice[i] ? null : { input: docs[i], once: o, twice: twice[i] })).filter(Boolean);
    expect(moved).toEqual([]);
  }, 120_000);

  it('on generated markup as a property (fast-check, shrinks a failure)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(node, { minLength: 1, maxLength: 5 }).map((p) => p.join('')),
        async (html) => {
          const [once] = await lab.sanitise([html]);
          const [twice] = await lab.sanitise([once!]);
          expect(twice).toBe(once);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  }, 120_000);
});
