import { browser } from 'wxt/browser';
import type { Localized } from './sites/types';

/** Keys of public/_locales/en/messages.json (type only: nothing of the JSON is bundled). */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');
export type Lang = 'en' | 'zh';

/** A UI string in the browser's language (chrome.i18n picks the locale). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The label of a stored enum value (`prefix_value`, dashes as underscores), or "unknown (value)"
 * for one this version has no label for (written by a newer version, or an odd import).
 */
export function enumLabel(
  prefix: 'status' | 'channel' | 'event' | 'secret' | 'situation' | 'remedy' | 'fact' | 'network',
  value: unknown,
): string {
  const raw = String(value ?? '');
  // getMessage takes [A-Za-z0-9_@] only; anything else is unknown by definition.
  const key = /^[a-z0-9_-]{1,40}$/i.test(raw) ? `${prefix}_${raw.replace(/-/g, '_')}` : '';
  return (key && browser.i18n.getMessage(key as MessageKey)) || t('unknownValue', raw.slice(0, 80));
}

/** The UI language, for data that carries both languages (guidance, site names). */
export function uiLang(): Lang {
  const ui = browser.i18n.getUILanguage?.() ?? 'en';
  return ui.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function pick(text: Localized, lang: Lang = uiLang()): string {
  return text[lang];
}

// One formatter per language and style: constructing an Intl.DateTimeFormat costs far more than
// formatting with one, and the popup's history formats three dates per case row (bench: history).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
    f = new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
    formatters.set(key, f);
  }
  return f;
}

/** Format a date for display in the UI language, with time zone. */
export function formatDateTime(iso: string | number | Date, lang: Lang = uiLang()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return formatter(lang, true).format(date);
}

export function formatDate(iso: string | number | Date, lang: Lang = uiLang()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return formatter(lang, false).format(date);
}
