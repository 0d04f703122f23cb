import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkMessage, listen } from '@/lib/messages';

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
