import type { Plugin } from 'vite';

// Two libraries we bundle assign a variable to innerHTML; Firefox's add-on linter flags each
// (UNSAFE_VAR_ASSIGNMENT). Neither path is one we use, so the build removes them rather than
// explaining them away, and a library upgrade that changes those lines fails the build here.
const SINKS = [
  {
    // React DOM's dangerouslySetInnerHTML (HTML and custom elements). We never use that prop
    // (Biome's noDangerouslySetInnerHtml forbids it): using it now throws.
    file: /react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/,
    sink: '(domElement.innerHTML = key)',
    count: 2,
    replacement: '(() => { throw Error("dangerouslySetInnerHTML is disabled in this extension"); })()',
  },
  {
    // DOMPurify's fallback parser, for when DOMParser fails or a non-HTML namespace is configured
    // (we configure none). It sits in a try/catch: the fallback now yields an empty document, so
    // the sanitiser fails closed (nothing kept) instead of parsing through innerHTML.
    file: /dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    sink: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
    count: 1,
    replacement: 'throw new Error("innerHTML parsing fallback disabled");',
  },
];

/** Vite plugin: bundled libraries without their innerHTML sinks (see SINKS). */
export function withoutInnerHtmlSinks(): Plugin {
  return {
    name: 'without-inner-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      const entry = SINKS.find((s) => s.file.test(id));
      if (!entry) return null;
      const found = code.split(entry.sink).length - 1;
      if (found !== entry.count) {
        this.error(`${id}: expected ${entry.count} "${entry.sink}", found ${found}; update scripts/no-inner-html-sinks.ts`);
      }
      return { code: code.replaceAll(entry.sink, entry.replacement), map: null };
    },
  };
}
