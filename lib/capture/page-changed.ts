import type { Localized } from '../sites/types';

const TEXT: Localized = {
  en: 'Whole-page capture stopped: the tab or its address changed while the screens were being taken. Nothing was saved. Stay on the page and try again.',
  zh: '整页截图已停止：截图过程中标签页或网址发生了变化，本次未保存任何内容。请停留在该页面后重试。',
};

/** A full-page capture found another tab, or another address, in front of the screens it takes. */
export class PageChangedError extends Error {
  override name = 'PageChangedError';
  constructor(readonly detail: string) {
    super(`${TEXT.en} (${detail})`);
  }
  text(lang: 'en' | 'zh'): string {
    return TEXT[lang];
  }
}
