/**
 * Stands in for WXT's ContentScriptContext in the content script build (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here). WXT's announces every start to the page, by
 * window.postMessage and by a CustomEvent on `document` named after the extension id, so any page
 * could tell the extension is installed; and a page could forge that event to stop the script.
 * This script keeps its own lifetime (lib/content/lifetime.ts) and leaves no trace a page can see.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
