/**
 * What the form loads at idle after its first render (a separate chunk in the CDN bundles): the
 * code that checks a request and sends it — the SDK's training-request schema, its delivery and
 * outbox, the email composer, the views shown after a submit (result-view.ts) — and the towns the
 * Town field suggests. None of it is needed to show the form, and all of it is there before anyone
 * could submit, even if the connection drops after the page loaded.
 */
import type { TrainingRequest } from '@ct-hart/sdk/schema';
import { createOutbox, type Outbox } from '@ct-hart/sdk/outbox';
import { validateTrainingRequest } from '@ct-hart/sdk/validate';

export { flushOutbox, submitTrainingRequest } from '@ct-hart/sdk/submit';
export { connecticutTowns } from '@ct-hart/sdk/data/towns';
export { composeRequestEmail } from './email.js';
export { copyEmail, renderErrorSummaryContent, renderRequestResult } from './result-view.js';

/** Checks a request with the SDK; `paths` lists the failing fields (`email`, `preferredDates[1]`). */
export function checkRequest(input: Record<string, unknown>): { request?: TrainingRequest; paths: string[] } {
  const result = validateTrainingRequest(input);
  return result.ok ? { request: result.value, paths: [] } : { paths: result.issues.map((issue) => issue.path) };
}

/** One outbox view per endpoint, shared by every form on the page, so a request is never flushed twice at once. */
const outboxes = new Map<string, Outbox>();
export function outboxFor(endpoint: string): Outbox {
  let outbox = outboxes.get(endpoint);
  if (!outbox) {
    const all = createOutbox();
    outbox = {
      list: () => all.list().filter((entry) => entry.endpoint === endpoint),
      put: all.put,
      remove: all.remove,
    };
    outboxes.set(endpoint, outbox);
  }
  return outbox;
}
