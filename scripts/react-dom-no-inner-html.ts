import type { Plugin } from 'vite';

// React DOM implements `dangerouslySetInnerHTML` as `domElement.innerHTML = key`, twice (HTML and
// custom elements). Wallet Witness never uses that prop (Biome's noDangerouslySetInnerHtml
// forbids it), so the build replaces both sinks with an error: no HTML string can reach
// innerHTML through React, and Firefox's add-on linter (UNSAFE_VAR_ASSIGNMENT) has nothing to
// flag. A React upgrade that changes those lines fails the build here instead of slipping through.
const SINK = '(domElement.innerHTML = key)';
const EXPECTED = 2;
const REPLACEMENT = '(() => { throw Error("dangerouslySetInnerHTML is disabled in this extension"); })()';

/** Vite plugin: React DOM's production client without its dangerouslySetInnerHTML sink. */
export function reactDomWithoutInnerHtml(): Plugin {
  return {
    name: 'react-dom-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/.test(id)) return null;
      const found = code.split(SINK).length - 1;
      if (found !== EXPECTED) {
        this.error(
          `react-dom-client.production.js: expected ${EXPECTED} "${SINK}", found ${found}; update scripts/react-dom-no-inner-html.ts`,
        );
      }
      return { code: code.replaceAll(SINK, REPLACEMENT), map: null };
    },
  };
}
