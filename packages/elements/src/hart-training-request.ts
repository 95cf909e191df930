/** Registers `<hart-training-request>`; harmless to import twice or alongside the CDN bundle. */
// First: before any copy of Lit loads, so two HART bundles share one Trusted Types policy.
import './shared/trusted-types.js';
import { HartTrainingRequest } from './training-request/training-request.js';
import { define } from './shared/define.js';

define('hart-training-request', HartTrainingRequest);

export { HartTrainingRequest };

declare global {
  interface HTMLElementTagNameMap {
    'hart-training-request': HartTrainingRequest;
  }
}
