/**
 * What the form loads when someone starts filling it in (a separate chunk in the CDN bundles): the
 * SDK's `TrainingRequest` schema (zod/mini) and its delivery code. A page where nobody touches the
 * form never downloads the validator.
 */
import { TrainingRequest } from '@ct-hart/sdk/schema';
import { createOutbox, type Outbox } from '@ct-hart/sdk/outbox';

export { flushOutbox, submitTrainingRequest } from '@ct-hart/sdk/submit';

/** Checks a request with the SDK schema; `paths` lists the failing fields (`['preferredDates', 1]`). */
export function checkRequest(input: Record<string, unknown>): { request?: TrainingRequest; paths: PropertyKey[][] } {
  const result = TrainingRequest.safeParse(input);
  return result.success ? { request: result.data, paths: [] } : { paths: result.error.issues.map((issue) => issue.path) };
}

/** One outbox view per endpoint, shared by every form on the page, so a request is never flushed twice at once. */
const outboxes = new Map<string, Outbox>();
export function outboxFor(endpoint: string): Outbox {
  let outbox = outboxes.get(endpoint);
  if (!outbox) {
    const all = createOutbox();
    outbox = { list: () => all.list().filter((entry) => entry.endpoint === endpoint), put: all.put, remove: all.remove };
    outboxes.set(endpoint, outbox);
  }
  return outbox;
}
