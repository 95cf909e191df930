import { HART_EMAIL } from '@ct-hart/sdk/data/contacts';
import { checkFetchUrl } from '@ct-hart/sdk/fetch-json';
import { reportError } from '../shared/events.js';
import { PRESET_VALUES } from './fields.js';

/** The endpoint when it is usable (https, or http on localhost); otherwise undefined. */
export function usableEndpoint(endpoint: string | undefined): string | undefined {
  if (!endpoint) return undefined;
  try {
    return checkFetchUrl(endpoint).href;
  } catch {
    return undefined;
  }
}

/**
 * Reports each attribute in `changed` the form cannot use (console and `hart-error`): an endpoint
 * that is not https (requests then go by email), an audience or a curriculum it does not offer.
 */
export function reportAttributeProblems(
  element: HTMLElement & { endpoint: string | undefined; audience: string | undefined; curriculum: string | undefined },
  changed: ReadonlyMap<string, unknown>,
): void {
  const { endpoint } = element;
  if (changed.has('endpoint') && endpoint && !usableEndpoint(endpoint)) {
    reportError(
      element,
      'invalid-attribute',
      `endpoint="${endpoint}" is not https (http only on localhost); requests will go by email to ${HART_EMAIL} instead.`,
    );
  }
  for (const name of ['audience', 'curriculum'] as const) {
    const value = element[name];
    if (changed.has(name) && value && !PRESET_VALUES[name].includes(value)) {
      reportError(element, 'invalid-attribute', `${name}="${value}" is not one of: ${PRESET_VALUES[name].join(', ')}.`);
    }
  }
}
