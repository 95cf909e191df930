import { fixture, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateOrSkip, executeServerCommand, setViewport } from './commands.js';
import { resetLocale, setPageLang } from './locale.js';

export const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
] as const;

export type Phone = (typeof PHONES)[number];

/** Two frames: what a layout change needs before it can be measured. */
export async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/**
 * The set-up of a person on a phone: the page in `lang`, the phone's viewport, touch only (or the
 * test says which engine cannot), then the element, rendered and laid out.
 */
export async function openOnPhone<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  test: Mocha.Context,
  lang: 'en' | 'es',
  phone: Phone,
  template: TemplateResult,
): Promise<T> {
  await setPageLang(lang);
  await setViewport(phone);
  await emulateOrSkip(test, 'touch-only', { enabled: true });
  const el = await fixture<T>(template);
  await el.updateComplete;
  await settle();
  return el;
}

/** Undoes openOnPhone: top of the page, mouse again, a desktop viewport, the page's language. */
export async function leavePhone(): Promise<void> {
  window.scrollTo(0, 0);
  await executeServerCommand('touch-only', { enabled: false });
  await setViewport({ width: 800, height: 600 });
  await resetLocale();
}

/** A finger's tap at the middle of `element`, scrolled into view first as a person would. */
export async function tapInView(element: HTMLElement): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  await settle();
  const box = element.getBoundingClientRect();
  await executeServerCommand('tap', {
    x: Math.round(box.left + box.width / 2),
    y: Math.round(box.top + box.height / 2),
  });
  await settle();
}
