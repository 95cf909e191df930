import { nextFrame } from '@open-wc/testing';
import { setLocale } from '../../packages/elements/src/shared/locale.js';

/** Sets `<html lang>` and waits for HART elements to follow it. */
export async function setPageLang(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await nextFrame();
  await nextFrame();
}

/** Back to following an English page. */
export async function resetLocale(): Promise<void> {
  document.querySelectorAll('meta[name="hart-locale"]').forEach((m) => m.remove());
  await setLocale(undefined);
  await setPageLang('en');
}
