/**
 * Registers `<hart-help-banner>`. The only module with a side effect; importing it twice, or
 * alongside the CDN bundle, is harmless.
 */
// First: before any copy of Lit loads, so two HART bundles share one Trusted Types policy.
import './shared/trusted-types.js';
import { HartHelpBanner } from './help-banner/help-banner.js';
import { define } from './shared/define.js';

define('hart-help-banner', HartHelpBanner);

export { HartHelpBanner };

declare global {
  interface HTMLElementTagNameMap {
    'hart-help-banner': HartHelpBanner;
  }
}
