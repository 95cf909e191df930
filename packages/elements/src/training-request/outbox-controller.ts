import type { ReactiveController } from 'lit';
import { OUTBOX_KEY } from '@ct-hart/sdk/storage';
import type { TrainingRequest } from '@ct-hart/sdk/schema';
import { detach, reportError } from '../shared/events.js';
import type { DeliveryOptions } from './training-request.js';
import type { CheckAndSend } from './load-check-and-send.js';

/** What the outbox needs of the form: where it sends, how, and the code that sends. */
export interface OutboxHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  /** The endpoint when it is usable; undefined sends nothing. */
  readonly endpointUrl: string | undefined;
  readonly deliveryOptions: DeliveryOptions;
  checkAndSend(): Promise<CheckAndSend>;
  /** A saved request has now been delivered. */
  savedRequestSent(request: TrainingRequest, reference: string, idempotencyKey: string): void;
}

/**
 * Re-sends the requests this device saved for the form's endpoint: when the form connects (a visit
 * after an outage), when the endpoint is set later (a framework setting the property), and on
 * every `online` event. Reads storage without loading the delivery code, so a page with nothing
 * saved loads nothing for it.
 */
export class OutboxController implements ReactiveController {
  private readonly onOnline = () => detach(this.host, this.flush());

  constructor(private readonly host: OutboxHost) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
    if (this.hasSavedRequests()) detach(this.host, this.flush());
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
  }

  /** True when this device holds a request saved in HART's outbox (read without loading the delivery code). */
  hasSavedRequests(): boolean {
    try {
      return !!this.host.endpointUrl && !!localStorage.getItem(OUTBOX_KEY);
    } catch {
      return false;
    }
  }

  /** Re-sends requests saved in the outbox for this endpoint, and only to it. */
  async flush(): Promise<void> {
    const { host } = this;
    const endpoint = host.endpointUrl;
    if (!endpoint || !host.isConnected || !navigator.onLine || !this.hasSavedRequests()) return;
    let results;
    try {
      const code = await host.checkAndSend();
      // To this form's endpoint, never to one written in storage.
      results = await code.flushOutbox(code.outboxFor(endpoint), { ...host.deliveryOptions, endpoint });
    } catch {
      return; // Still saved; the next `online` event or visit tries again.
    }
    for (const { entry, result } of results) {
      if (result.status === 'invalid') {
        // Storage is the page's: an entry that is invalid, aims elsewhere or waited 30 days is dropped unsent.
        reportError(host, 'invalid-data', result.issues.map((issue) => issue.message).join('; '), result.issues);
      } else if (result.status === 'sent') {
        host.savedRequestSent(entry.request, result.reference, entry.idempotencyKey);
      }
    }
  }
}
