// The recorder the other Firefox tests rely on ("the extension made no request") does see what the
// extension would send, from its background page and from its own pages; served pages never reach it.
import { describe, expect, it } from 'vitest';
import { until } from '../e2e/harness';
import { launch } from './harness';

describe('Firefox: the network recorder (control)', () => {
  it('records a request from the background page and from an extension page; a served page and a blocked one do not reach it', async () => {
    const h = await launch();
    try {
      h.serve('https://www.paypal.com/myaccount/summary', '<title>Summary</title><img src="https://tracker.example.net/pixel.gif">');
      await h.open('https://www.paypal.com/myaccount/summary');
      expect(h.blocked).toContain('https://tracker.example.net/pixel.gif');
      expect(h.extensionRequests).toEqual([]);

      await h.api(async () => {
        const background = await browser.runtime.getBackgroundPage();
        await background!.fetch('https://background.example.net/x').catch(() => undefined);
        await fetch('https://page.example.net/y').catch(() => undefined);
      });
      await until(
        async () => h.extensionRequests.length,
        (n) => n >= 2,
      );
      expect(h.extensionRequests.sort()).toEqual(['CONNECT background.example.net:443', 'CONNECT page.example.net:443']);
    } finally {
      await h.close();
    }
  });
});
