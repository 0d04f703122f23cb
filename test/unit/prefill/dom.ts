// Parses fixture HTML without loading stylesheets or scripts the saved pages refer to.
import { Window } from 'happy-dom';

export function parseHtml(html: string, url = 'https://example.com/'): Document {
  const win = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  win.document.write(html);
  return win.document as unknown as Document;
}
