import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentLifetime } from '../../../lib/content/lifetime';

describe('content script lifetime', () => {
  it('is not ended by a page dispatching WXT\'s "newer script started" event', () => {
    const life = contentLifetime();
    const name = `${fakeBrowser.runtime.id}:wallet:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'wallet', messageId: 'forged' } }));
    window.postMessage({ type: name, contentScriptName: 'wallet', messageId: 'forged' }, '*');
    expect(life.alive()).toBe(true);
  });

  it('ends when a newer instance starts in the same world, with its timers and listeners', async () => {
    const old = contentLifetime();
    let fired = 0;
    old.setTimeout(() => fired++, 0);
    old.listen(window, 'hashchange', () => fired++);
    const next = contentLifetime();
    window.dispatchEvent(new Event('hashchange'));
    await new Promise((r) => setTimeout(r, 10));
    expect([old.alive(), next.alive(), fired]).toEqual([false, true, 0]);
  });

  it('ends when the extension context is gone (runtime.id unset after an update)', () => {
    const life = contentLifetime();
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined;
    try {
      expect(life.alive()).toBe(false);
      expect(life.signal.aborted).toBe(true);
    } finally {
      runtime.id = id;
    }
  });
});
