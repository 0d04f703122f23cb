/**
 * Prepare a stored page snapshot for display in a sandboxed frame: a CSP that forbids every
 * script and every network fetch (the extension sends nothing anywhere, not even image loads),
 * placed first so it binds before anything in the snapshot. All CSPs in a document apply together.
 */
const VIEWER_CSP = "default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; font-src data:";

export function isolateSnapshot(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${VIEWER_CSP}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  return `<!doctype html><html><head>${meta}</head><body>${html}</body></html>`;
}
