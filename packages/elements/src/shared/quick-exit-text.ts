import { msg, str } from '@lit/localize';

/** A neutral page to land on; it reveals nothing about where the person was. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/** Only https pages may be exit targets: the SDK's rule, which the snippet builder applies too. */
export { isExitUrl } from '@ct-hart/sdk/schema/url-rules';

/** What a screen reader hears after each Shift press; 0 means leaving now. */
export function quickExitAnnouncement(remaining: number): string {
  return remaining === 0
    ? msg('Leaving this page.')
    : remaining === 1
      ? msg('Press Shift 1 more time to leave this page.')
      : msg(str`Press Shift ${remaining} more times to leave this page.`);
}

export const quickExitOverlayText = (): string => msg('Leaving this page…');
export const quickExitLabel = (): string => msg('Quick exit');
export const quickExitHint = (): string => msg('Or press Shift 3 times.');
