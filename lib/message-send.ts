// The sending half of lib/messages.ts, apart so the content script does not bundle the zod
// schemas it never uses (it only sends; every receiver validates). Types come from the protocol.
import { browser } from 'wxt/browser';
import type { MessageType, Payload, Reply } from './messages';

/** A reply's value, or its error thrown (also for no reply or a malformed one). */
function unwrap<R>(reply: unknown): R {
  const r = reply as Reply<R> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error('no answer from the extension');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Send to the background (or any extension page listening). */
export async function send<R = unknown, T extends MessageType = MessageType>(type: T, payload: Payload<T>): Promise<R> {
  return unwrap<R>(await browser.runtime.sendMessage({ type, payload }));
}

/** Send to the content script of a tab. */
export async function sendToTab<R = unknown, T extends MessageType = MessageType>(tab: number, type: T, payload: Payload<T>): Promise<R> {
  return unwrap<R>(await browser.tabs.sendMessage(tab, { type, payload }));
}
