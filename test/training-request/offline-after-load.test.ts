// Its own file, so its own page: no other test has loaded the form's validator before this one.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-training-request.js';
import type { HartTrainingRequest } from '../../packages/elements/src/training-request/training-request.js';
import type {
  HartTrainingRequestQueuedEvent,
  HartTrainingRequestSentEvent,
} from '../../packages/elements/src/training-request/events.js';
import { OUTBOX_KEY } from '../../packages/sdk/src/outbox.js';
import { $, text } from '../support/dom.js';

// Its own namespace of the test endpoint: the other form tests may run at the same time.
const ENDPOINT = '/test-endpoint/ns/offline/requests';

/** Cuts the page off from the server: every request but the test runner's own fails, as offline. */
const setOffline = (offline: boolean) =>
  executeServerCommand('block-urls', {
    urls: offline ? ['*/packages/*', '*/node_modules/*', '*/test-endpoint/ns/offline/requests'] : [],
  });

/** Types into the focused control, then moves on with Tab. */
async function typeAndTab(value: string): Promise<void> {
  await sendKeys({ type: value });
  await sendKeys({ press: 'Tab' });
}

describe('<hart-training-request> offline after load', () => {
  afterEach(async () => {
    await setOffline(false);
    localStorage.clear();
  });

  it('page loads online, the connection drops, the form is filled by keyboard and sent: queued, then delivered exactly once', async () => {
    await fetch('/test-endpoint/ns/offline/script', { method: 'POST', body: JSON.stringify([201, 201]) });
    const el = await fixture<HartTrainingRequest>(
      html`<hart-training-request endpoint=${ENDPOINT} no-exit .deliveryOptions=${{ retries: 0, timeoutMs: 2000 }}></hart-training-request>`,
    );
    await el.updateComplete;
    // The page has loaded and gone quiet: the validator is fetched at idle, without any focus.
    await waitUntil(
      () =>
        performance
          .getEntriesByType('resource')
          .some((entry) => entry.name.includes('/training-request/check-and-send')),
      'the check-and-send code was not fetched at idle',
      { timeout: 5000 },
    );
    // The same load the idle callback started: it settles once the chunk and all it imports have run.
    await el.checkAndSend();
    await setOffline(true);
    // Before the fix this failed here: the validator was fetched on first focus, offline.
    $<HTMLInputElement>(el, '#organization')!.focus();
    await typeAndTab('Hartford Public Library');
    await typeAndTab('Ana Rivera');
    await typeAndTab('ana@example.org');
    await sendKeys({ press: 'Tab' }); // phone (optional)
    await typeAndTab('Hartford');
    // The audiences are radios: the arrows choose "Community Program Staff" (the 3rd), Tab moves on.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    // Three trainings fit: the arrows choose the 2nd, "Intro to Child Trafficking".
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('estimatedAttendees');
    await typeAndTab('25');
    await sendKeys({ press: 'Space' }); // the first format radio, In person
    const queued = oneEvent(el, 'hart-training-request-queued') as Promise<HartTrainingRequestQueuedEvent>;
    $<HTMLButtonElement>(el, '#submit')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await queued;
    expect(detail.stored).to.equal(true);
    await waitUntil(() => text(el, '#result-heading') === 'Saved on this device', 'not saved');
    expect(JSON.parse(localStorage.getItem(OUTBOX_KEY)!)).to.have.length(1);

    await setOffline(false);
    const sent = oneEvent(el, 'hart-training-request-sent') as Promise<HartTrainingRequestSentEvent>;
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    expect((await sent).idempotencyKey).to.equal(detail.idempotencyKey);
    await waitUntil(() => text(el, '#result-heading') === 'Request sent', 'not delivered');
    // The second `online` flush found the first under way and sent nothing (the SDK's lock): both are done.
    const received = (await (await fetch('/test-endpoint/ns/offline/received')).json()) as { key: string }[];
    expect(
      received.map((r) => r.key),
      'delivered exactly once',
    ).to.deep.equal([detail.idempotencyKey]);
    expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
  });
});
