import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import en from '../../public/_locales/en/messages.json';

const messages = en as Record<string, { message: string }>;

/** The fake browser has no i18n: answer from the English messages, substituting $1..$9. */
function getMessage(key: string, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US' });
});
