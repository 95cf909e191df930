// What the form's test files share: reading the shadow root, filling and submitting the form as a
// browser reports it, and the scripted test endpoint (test/endpoint-middleware.mjs).
import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '../support/commands.js';
import { resetLocale } from '../support/locale.js';
import '../../packages/elements/src/hart-training-request.js';
import type { HartTrainingRequest } from '../../packages/elements/src/training-request/training-request.js';
import { todayIso } from '../../packages/sdk/src/schema/constants.js';

export const ENDPOINT = '/test-endpoint/requests';
/** Fast delivery for tests: the endpoint answers at once, so retries need not wait long. */
export const FAST = { retries: 2, baseDelayMs: 20, timeoutMs: 2000 };

// Reading the shadow root: the one module every element's tests use.
export { $, focused, root, text } from '../support/dom.js';
import { $, root, text } from '../support/dom.js';
export const control = (el: HTMLElement, id: string) => $<HTMLInputElement>(el, `#${id}`)!;
/** The text a screen reader gets as the label of a control. */
export const labelOf = (el: HTMLElement, id: string) => text(el, `label[for="${id}"]`);
export const describedBy = (el: HTMLElement, id: string) =>
  (control(el, id).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((ref) => text(el, `#${ref}`))
    .join(' | ');
/** The checked radio of a group, or the value of a control. */
export function valueOf(el: HTMLElement, name: string): string {
  const radios = [...root(el).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
  return radios.length ? (radios.find((r) => r.checked)?.value ?? '') : control(el, name).value;
}

export async function script(answers: (number | 'hang' | 'held' | '400-second-date')[]): Promise<void> {
  await fetch('/test-endpoint/script', { method: 'POST', body: JSON.stringify(answers) });
}
/** Lets the requests the endpoint holds (`'held'`) through, each with a 201: those waiting, and those still to come. */
export async function releaseHeld(): Promise<void> {
  await fetch('/test-endpoint/release', { method: 'POST' });
}
export async function received(): Promise<{ key: string; body: Record<string, unknown> }[]> {
  return (await fetch('/test-endpoint/received')).json();
}
/** The browser fails every request to the endpoint (a dropped socket), as when it cannot be reached. */
export const setEndpointReachable = (reachable: boolean) =>
  executeServerCommand('block-urls', { urls: reachable ? [] : ['*/test-endpoint/requests'] });

export function future(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return todayIso(date);
}

/**
 * The set-up every form test file shares: a fresh script for the test endpoint before each test;
 * after it, the endpoint reachable again, the page's language, and no storage left behind.
 */
export function useFormTestPage(): void {
  beforeEach(async () => {
    await script([]);
  });
  afterEach(async () => {
    await setEndpointReachable(true);
    await resetLocale();
    localStorage.clear();
    sessionStorage.clear();
  });
}

/** Types into fields the way a browser reports it (input + change), without the keyboard. A radio group is chosen by value. */
export async function fill(el: HartTrainingRequest, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const radios = [...root(el).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${id}"]`)];
    if (radios.length) {
      // '' is a group nobody chose: nothing to report.
      const chosen = radios.find((radio) => radio.value === value);
      if (chosen) {
        chosen.checked = true;
        chosen.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
      }
      continue;
    }
    const field = control(el, id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  }
}

export const VALID = {
  organization: 'Hartford Public Library',
  contactName: 'Ana Rivera',
  email: 'ana@example.org',
  town: 'Hartford',
  audience: 'community-program-staff',
  curriculumId: 'intro-child-trafficking',
  estimatedAttendees: '25',
  format: 'in-person',
};

/** Something the person can see changed after a submit: the error summary, the result, or the status line. */
export async function submit(el: HartTrainingRequest): Promise<void> {
  $<HTMLButtonElement>(el, '#submit')!.click();
  await waitUntil(
    () => el.shadowRoot && (!$(el, '#error-summary')!.hidden || !$(el, '#result')!.hidden || text(el, '#status')),
    'nothing happened after submit',
    { timeout: 10000 },
  );
  await el.updateComplete;
  await nextFrame();
}

export async function form(
  template = html`<hart-training-request></hart-training-request>`,
): Promise<HartTrainingRequest> {
  const el = await fixture<HartTrainingRequest>(template);
  await el.updateComplete;
  return el;
}

export async function endpointForm(extra: Partial<typeof FAST> = {}): Promise<HartTrainingRequest> {
  const el = await form(
    html`<hart-training-request endpoint=${ENDPOINT} .deliveryOptions=${{ ...FAST, ...extra }}></hart-training-request>`,
  );
  await fill(el, VALID);
  return el;
}
