import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PROBE_GLOBAL, RUN_PROBE } from '../../../lib/capture/probe-name';
import { contentLifetime } from '../../../lib/content/lifetime';
import { relayProbe } from '../../../lib/content/probe-relay';

// The content script runs the capture probe (installed in its world by probe.js) when the
// extension asks: only the extension, only for this version's probe.
const world = globalThis as unknown as Record<string, unknown>;
const fromWorker = { id: fakeBrowser.runtime.id };

function install(version: string, answer: unknown = { html: '<p>x</p>' }) {
  world[PROBE_GLOBAL] = Object.assign(() => answer, { version });
}

describe('probe relay in the content script', () => {
  afterEach(() => {
    delete world[PROBE_GLOBAL];
    contentLifetime();
  });

  async function ask(msg: unknown, sender: object = fromWorker) {
    const respond = vi.fn();
    const returned = await fakeBrowser.runtime.onMessage.trigger(msg, sender, respond);
    await new Promise((r) => setTimeout(r)); // the relay responds once the probe's promise settles
    return { respond, returned };
  }

  it('answers the extension with the installed probe of the same version, else null', async () => {
    relayProbe(contentLifetime());
    install('1.2.3');
    expect((await ask({ type: RUN_PROBE, version: '1.2.3' })).respond).toHaveBeenCalledWith({ html: '<p>x</p>' });
    expect((await ask({ type: RUN_PROBE, version: '9.9.9' })).respond).toHaveBeenCalledWith(null);
    delete world[PROBE_GLOBAL];
    expect((await ask({ type: RUN_PROBE, version: '1.2.3' })).respond).toHaveBeenCalledWith(null);
    world[PROBE_GLOBAL] = Object.assign(
      () => {
        throw new Error('page broke it');
      },
      { version: '1.2.3' },
    );
    expect((await ask({ type: RUN_PROBE, version: '1.2.3' })).respond).toHaveBeenCalledWith(null);
  });

  it('ignores other messages, other senders and content scripts in tabs; stops with its lifetime', async () => {
    relayProbe(contentLifetime());
    install('1.2.3');
    for (const [msg, sender] of [
      [{ type: 'capture', version: '1.2.3' }, fromWorker],
      [{ type: RUN_PROBE, version: '1.2.3' }, { id: 'another-extension' }],
      [
        { type: RUN_PROBE, version: '1.2.3' },
        { ...fromWorker, tab: { id: 4 } },
      ],
      [null, fromWorker],
    ] as const) {
      const { respond, returned } = await ask(msg, sender);
      expect(respond).not.toHaveBeenCalled();
      expect(returned).toEqual([undefined]);
    }
    contentLifetime();
    expect((await ask({ type: RUN_PROBE, version: '1.2.3' })).respond).not.toHaveBeenCalled();
  });
});
