import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { checkMessage, listen, listenOnPorts, request, REQUEST_PORT } from '@/lib/messages';

const OWN = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${OWN}/`;
const tabSender = { id: OWN, tab: { id: 7 } as never, frameId: 0, url: 'https://www.paypal.com/x' };
const pageSender = { id: OWN, url: `${ORIGIN}popup.html` };
// A page with nothing to read (reading: null) is the smallest valid report from a content script.
const reading = null;

describe('checkMessage', () => {
  it('accepts a well-formed message from the right kind of sender', () => {
    const r = checkMessage({ type: 'page-reading', payload: { url: 'https://www.paypal.com/x', reading } }, tabSender, OWN, ORIGIN);
    expect(r).toHaveProperty('message.type', 'page-reading');
  });

  it('refuses a foreign extension id', () => {
    const r = checkMessage({ type: 'tab-state', payload: { tabId: 1 } }, { ...pageSender, id: 'evil' }, OWN, ORIGIN);
    expect(r).toEqual({ refused: 'foreign sender' });
  });

  it('refuses a page-only message sent from a tab, and a tab message from a page', () => {
    expect(
      checkMessage(
        { type: 'capture', payload: { tabId: 1, caseId: null, newCase: false, fullPage: false, note: '' } },
        tabSender,
        OWN,
        ORIGIN,
      ),
    ).toHaveProperty('refused');
    expect(checkMessage({ type: 'page-reading', payload: { url: 'x', reading } }, pageSender, OWN, ORIGIN)).toHaveProperty('refused');
  });

  it.each([
    ['unknown type', { type: 'drop-database', payload: {} }],
    ['no payload', { type: 'tab-state' }],
    ['wrong field type', { type: 'tab-state', payload: { tabId: '1' } }],
    ['negative id', { type: 'tab-state', payload: { tabId: -1 } }],
    ['bad reading', { type: 'page-reading', payload: { url: 'x', reading: { kind: 'pwned' } } }],
    ['oversized text', { type: 'page-reading', payload: { url: 'x'.repeat(9000), reading } }],
    ['not an object', 'tab-state'],
    ['null', null],
  ])('refuses a malformed payload: %s', (_name, raw) => {
    const sender = (raw as { type?: string } | null)?.type === 'page-reading' ? tabSender : pageSender;
    expect(checkMessage(raw, sender, OWN, ORIGIN)).toHaveProperty('refused');
  });
});

describe('listen', () => {
  it('runs the handler for a valid message and not for refused ones', async () => {
    const handler = vi.fn(async () => 'state');
    listen({ 'tab-state': handler });
    const ok = await fakeBrowser.runtime.onMessage.trigger({ type: 'tab-state', payload: { tabId: 3 } }, pageSender, () => {});
    expect(ok).toEqual([{ ok: true, value: 'state' }]);
    const foreign = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'tab-state', payload: { tabId: 3 } },
      { ...pageSender, id: 'other-ext' },
      () => {},
    );
    const malformed = await fakeBrowser.runtime.onMessage.trigger({ type: 'tab-state', payload: { tabId: 'x' } }, pageSender, () => {});
    expect(foreign[0]).toMatchObject({ ok: false });
    expect(malformed[0]).toMatchObject({ ok: false });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('leaves messages it has no handler for to other listeners', async () => {
    listen({ 'tab-state': async () => 1 });
    const r = await fakeBrowser.runtime.onMessage.trigger({ type: 'capture', payload: {} }, pageSender, () => {});
    expect(r).toEqual([undefined]);
  });

  it('turns a handler error into an error reply', async () => {
    listen({
      'tab-state': async () => {
        throw new Error('boom');
      },
    });
    const r = await fakeBrowser.runtime.onMessage.trigger({ type: 'tab-state', payload: { tabId: 1 } }, pageSender, () => {});
    expect(r).toEqual([{ ok: false, error: 'boom' }]);
  });
});

describe('listenOnPorts', () => {
  /** A port as the background sees it: what it posts back is recorded. */
  function port(name: string, sender: Browser.runtime.MessageSender) {
    const listeners: ((m: unknown) => void)[] = [];
    const posted: unknown[] = [];
    const p = {
      name,
      sender,
      onMessage: { addListener: (fn: (m: unknown) => void) => listeners.push(fn) },
      postMessage: (m: unknown) => posted.push(m),
    };
    return {
      p: p as unknown as Browser.runtime.Port,
      posted,
      send: (m: unknown) => {
        for (const fn of listeners) fn(m);
      },
    };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('answers requests by id with the same checks as runtime messages, and ignores other ports and junk', async () => {
    const handler = vi.fn(async () => 'state');
    let connect: ((p: Browser.runtime.Port) => void) | undefined;
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((fn) => void (connect = fn as typeof connect));
    listenOnPorts({ 'tab-state': handler });
    const page = port(REQUEST_PORT, pageSender);
    const tab = port(REQUEST_PORT, tabSender);
    const other = port('someone-else', pageSender);
    for (const x of [page, tab, other]) connect!(x.p);

    page.send({ id: 1, message: { type: 'tab-state', payload: { tabId: 3 } } });
    page.send({ id: 2, message: { type: 'tab-state', payload: { tabId: 'x' } } });
    page.send({ id: 3, message: { type: 'drop-database', payload: {} } });
    page.send({ message: { type: 'tab-state', payload: { tabId: 3 } } });
    page.send(null);
    tab.send({ id: 4, message: { type: 'tab-state', payload: { tabId: 3 } } });
    other.send({ id: 5, message: { type: 'tab-state', payload: { tabId: 3 } } });
    await settle();

    // Answers go back as each is ready, each with its request's id.
    expect(page.posted).toHaveLength(3);
    expect(page.posted).toEqual(
      expect.arrayContaining([
        { id: 1, reply: { ok: true, value: 'state' } },
        { id: 2, reply: { ok: false, error: 'malformed tab-state' } },
        { id: 3, reply: { ok: false, error: 'unknown message' } },
      ]),
    );
    expect(tab.posted).toEqual([{ id: 4, reply: { ok: false, error: 'tab-state must come from an extension page' } }]);
    expect(other.posted).toEqual([]);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('request (the extension page side of the port)', () => {
  /** A port as the page sees it, answered by `serve` (undefined: never answered). */
  function fakePort(serve: (m: { id: number; message: { type: string } }) => unknown) {
    const onMessage: ((m: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    const port = {
      name: REQUEST_PORT,
      onMessage: { addListener: (fn: (m: unknown) => void) => onMessage.push(fn) },
      onDisconnect: { addListener: (fn: () => void) => onDisconnect.push(fn) },
      postMessage: (m: { id: number; message: { type: string } }) => {
        const reply = serve(m);
        if (reply !== undefined)
          setTimeout(() => {
            for (const fn of onMessage) fn({ id: m.id, reply });
          }, 0);
      },
    };
    return {
      port: port as unknown as Browser.runtime.Port,
      disconnect: () => {
        for (const fn of onDisconnect) fn();
      },
    };
  }

  it('asks over one port, matches replies by id, turns error replies into errors, and reopens after a restart', async () => {
    const first = fakePort((m) =>
      m.message.type === 'tab-state' ? { ok: true, value: `state ${m.id}` } : { ok: false, error: 'refused' },
    );
    const connect = vi.spyOn(fakeBrowser.runtime, 'connect').mockReturnValue(first.port);
    const [a, b] = await Promise.all([request('tab-state', { tabId: 1 }), request('tab-state', { tabId: 2 })]);
    expect([a, b]).toEqual([expect.stringMatching(/^state \d+$/), expect.stringMatching(/^state \d+$/)]);
    expect(a).not.toBe(b);
    await expect(request('cases-changed', {})).rejects.toThrow('refused');
    expect(connect).toHaveBeenCalledTimes(1);

    // The worker stops with a request on the way: it fails clearly; the next one opens a new port.
    const hanging = request('tab-state', { tabId: 3 });
    first.disconnect();
    await expect(hanging).rejects.toThrow(/restarted/);
    const second = fakePort(() => ({ ok: true, value: 'again' }));
    connect.mockReturnValue(second.port);
    await expect(request('tab-state', { tabId: 4 })).resolves.toBe('again');
    expect(connect).toHaveBeenCalledTimes(2);
    second.disconnect();
  });

  it('falls back to a runtime message where no port opens', async () => {
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => {
      throw new Error('no ports here');
    });
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: 'by message' } as never);
    await expect(request('tab-state', { tabId: 1 })).resolves.toBe('by message');
    expect(sent).toHaveBeenCalledWith({ type: 'tab-state', payload: { tabId: 1 } });
  });
});
