import { fixture, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateOrSkip, executeServerCommand, reportEngineLimit, setViewport, tap } from './commands.js';
import { resetLocale, setPageLang } from './locale.js';

export const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
] as const;

export type Phone = (typeof PHONES)[number];
/** A phone, or the desk a test compares it with. */
export type Screen = { readonly width: number; readonly height: number };

export interface PhoneOptions {
  /**
   * 'required' (the default): the test measures what touch changes in the page (hover: none,
   * pointer: coarse), so an engine that cannot emulate it skips the test and says so. 'optional':
   * the test needs only the taps, which every engine makes; one without the emulation runs it
   * anyway and says so.
   */
  touchMedia?: 'required' | 'optional';
}

/** Two frames: what a layout change needs before it can be measured. */
export async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/**
 * The set-up of a person on a phone: the page in `lang`, the phone's viewport, touch only (or the
 * test says which engine cannot), then the element (or a page around it), rendered and laid out.
 */
export async function openOnPhone<T extends HTMLElement>(
  test: Mocha.Context,
  lang: 'en' | 'es',
  phone: Screen,
  template: TemplateResult,
  { touchMedia = 'required' }: PhoneOptions = {},
): Promise<T> {
  await setPageLang(lang);
  await setViewport(phone);
  if (touchMedia === 'required') await emulateOrSkip(test, 'touch-only', { enabled: true });
  else {
    const touch = await executeServerCommand<true | { unsupported: string }, object>('touch-only', { enabled: true });
    if (touch !== true) await reportEngineLimit(test, `${touch.unsupported}; tapped without it`);
  }
  const el = await fixture<T>(template);
  await (el as Partial<{ updateComplete: Promise<boolean> }>).updateComplete;
  for (const element of el.querySelectorAll('*'))
    await (element as Partial<{ updateComplete: Promise<boolean> }>).updateComplete;
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

/**
 * A finger's tap at the middle of `element`, scrolled into view first as a person would: to the
 * middle of the screen, or (`block: 'end'`) at its bottom, as after reading down to it.
 */
export async function tapInView(element: HTMLElement, block: ScrollLogicalPosition = 'center'): Promise<void> {
  element.scrollIntoView({ block });
  await settle();
  await tap(element);
  await settle();
}
