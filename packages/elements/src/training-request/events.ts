import type { TrainingRequest } from '@ct-hart/sdk/schema';

export interface TrainingRequestSubmitDetail {
  /** The validated request, as it would be sent. */
  request: TrainingRequest;
}

export interface TrainingRequestSentDetail {
  request: TrainingRequest;
  /** What the endpoint returned as `reference`, or the idempotency key. */
  reference: string;
  idempotencyKey: string;
}

export interface TrainingRequestQueuedDetail {
  request: TrainingRequest;
  idempotencyKey: string;
  /** Why it was not delivered (`HTTP 503`, `network error (…)`, `no answer in time`). */
  reason: string;
  /** True when it is waiting in the outbox, to be re-sent when the page is online or reopened. */
  stored: boolean;
}

const options = { bubbles: true, composed: true } as const;

/**
 * Fired (cancelable) with the validated request before anything is sent or composed. Call
 * `preventDefault()` to send it through your own code instead; the form then stays as it is.
 */
export class HartTrainingRequestSubmitEvent extends Event implements TrainingRequestSubmitDetail {
  static readonly eventName = 'hart-training-request-submit';
  readonly request: TrainingRequest;
  constructor(data: TrainingRequestSubmitDetail) {
    super(HartTrainingRequestSubmitEvent.eventName, { ...options, cancelable: true });
    this.request = data.request;
  }

  /** @deprecated Read `request` on the event; `detail` goes in 1.0. */
  get detail(): TrainingRequestSubmitDetail {
    return { request: this.request };
  }
}

/** Fired when the endpoint accepted a request (at once, or later from the outbox). */
export class HartTrainingRequestSentEvent extends Event implements TrainingRequestSentDetail {
  static readonly eventName = 'hart-training-request-sent';
  readonly request: TrainingRequest;
  readonly reference: string;
  readonly idempotencyKey: string;
  constructor(data: TrainingRequestSentDetail) {
    super(HartTrainingRequestSentEvent.eventName, options);
    ({ request: this.request, reference: this.reference, idempotencyKey: this.idempotencyKey } = data);
  }

  /** @deprecated Read `request`, `reference` and `idempotencyKey` on the event; `detail` goes in 1.0. */
  get detail(): TrainingRequestSentDetail {
    return { request: this.request, reference: this.reference, idempotencyKey: this.idempotencyKey };
  }
}

/** Fired when a request could not be delivered now (offline, 5xx or 429 after retries). */
export class HartTrainingRequestQueuedEvent extends Event implements TrainingRequestQueuedDetail {
  static readonly eventName = 'hart-training-request-queued';
  readonly request: TrainingRequest;
  readonly idempotencyKey: string;
  readonly reason: string;
  readonly stored: boolean;
  constructor(data: TrainingRequestQueuedDetail) {
    super(HartTrainingRequestQueuedEvent.eventName, options);
    ({ request: this.request, idempotencyKey: this.idempotencyKey, reason: this.reason, stored: this.stored } = data);
  }

  /** @deprecated Read `request`, `idempotencyKey`, `reason` and `stored` on the event; `detail` goes in 1.0. */
  get detail(): TrainingRequestQueuedDetail {
    return { request: this.request, idempotencyKey: this.idempotencyKey, reason: this.reason, stored: this.stored };
  }
}

declare global {
  interface HTMLElementEventMap {
    'hart-training-request-submit': HartTrainingRequestSubmitEvent;
    'hart-training-request-sent': HartTrainingRequestSentEvent;
    'hart-training-request-queued': HartTrainingRequestQueuedEvent;
  }
}
