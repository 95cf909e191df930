import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/hart-training-request.js';
import '../../packages/elements/src/hart-help-banner.js';
import type { HartTrainingRequest } from '../../packages/elements/src/training-request/training-request.js';
import type {
  HartTrainingRequestQueuedEvent,
  HartTrainingRequestSentEvent,
} from '../../packages/elements/src/training-request/events.js';
import type { HartErrorEvent } from '../../packages/elements/src/shared/events.js';
import { OUTBOX_KEY } from '../../packages/sdk/src/outbox.js';
import { captureConsole, watchExitNavigation } from '../support/quick-exit.js';
import { setPageLang } from '../support/locale.js';
import {
  $,
  ENDPOINT,
  FAST,
  VALID,
  control,
  endpointForm,
  fill,
  focused,
  form,
  future,
  received,
  script,
  setEndpointReachable,
  submit,
  text,
  valueOf,
  useFormTestPage,
} from './form-helpers.js';

describe('<hart-training-request>: with an endpoint: delivery, the outbox, refusals', () => {
  useFormTestPage();

  describe('with an endpoint', () => {
    for (const locale of ['en', 'es'] as const) {
      it(`sends the request once, with an Idempotency-Key, and shows the reference (${locale})`, async () => {
        if (locale === 'es') await setPageLang('es');
        await script([201]);
        const el = await endpointForm();
        expect(text(el, '#submit')).to.equal(locale === 'en' ? 'Send the request' : 'Enviar la solicitud');
        const sent = oneEvent(el, 'hart-training-request-sent') as Promise<HartTrainingRequestSentEvent>;
        // Two quick clicks: the button cannot send twice.
        $<HTMLButtonElement>(el, '#submit')!.click();
        $<HTMLButtonElement>(el, '#submit')!.click();
        const event = await sent;
        await el.updateComplete;
        const got = await received();
        expect(got).to.have.length(1);
        expect(got[0]!.key).to.equal(event.idempotencyKey);
        expect(got[0]!.key).to.match(/^[0-9a-f-]{36}$/);
        expect(got[0]!.body).to.deep.equal(JSON.parse(JSON.stringify(event.request)));
        expect(got[0]!.body).to.include({ organization: VALID.organization, locale });
        expect(event.reference).to.equal('HART-1');
        expect(event.detail, 'detail, kept until 1.0').to.deep.equal({
          request: event.request,
          reference: 'HART-1',
          idempotencyKey: event.idempotencyKey,
        });
        expect(focused(el)?.id).to.equal('result-heading');
        expect(text(el, '#result-heading')).to.equal(locale === 'en' ? 'Request sent' : 'Solicitud enviada');
        expect(text(el, '#reference')).to.equal('HART-1');
        expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
        await expect(el, 'sent state').to.be.accessible();
        $<HTMLButtonElement>(el, '#result button')!.click();
        await el.updateComplete;
        expect($(el, 'form')!.hidden).to.equal(false);
        expect(control(el, 'organization').value, 'a new, empty form').to.equal('');
        expect(focused(el)?.id).to.equal('organization');
      });

      it(`shows a sending state that screen readers hear (${locale})`, async () => {
        if (locale === 'es') await setPageLang('es');
        await script(['hang']);
        const el = await endpointForm({ retries: 0, timeoutMs: 1500 });
        $<HTMLButtonElement>(el, '#submit')!.click();
        await waitUntil(() => text(el, '#status'), 'no sending announcement');
        await el.updateComplete;
        expect(text(el, '#status')).to.equal(locale === 'en' ? 'Sending your request…' : 'Enviando su solicitud…');
        expect($(el, '#status')!.getAttribute('role')).to.equal('status');
        expect($(el, '#submit')!.getAttribute('aria-disabled')).to.equal('true');
        expect(text(el, '#submit')).to.equal(locale === 'en' ? 'Sending…' : 'Enviando…');
        await expect(el, 'sending state').to.be.accessible();
        $<HTMLButtonElement>(el, '#submit')!.click(); // ignored while sending
        await waitUntil(() => !$(el, '#result')!.hidden, 'no answer after the timeout', { timeout: 5000 });
        expect(text(el, '#result-heading')).to.equal(
          locale === 'en' ? 'Saved on this device' : 'Guardada en este dispositivo',
        );
        await expect(el, 'queued state').to.be.accessible();
      });
    }

    it('keeps a request that fails with 500 after retries, and sends it exactly once when the page is online again', async () => {
      await script([500, 500, 500, 201]);
      const el = await endpointForm();
      const queued = oneEvent(el, 'hart-training-request-queued') as Promise<HartTrainingRequestQueuedEvent>;
      await submit(el);
      const { detail } = await queued;
      expect(detail).to.include({ reason: 'HTTP 500', stored: true });
      await waitUntil(() => !$(el, '#result')!.hidden);
      expect(text(el, '#result-heading')).to.equal('Saved on this device');
      expect(text(el, '#reference')).to.equal(detail.idempotencyKey);
      expect(JSON.parse(localStorage.getItem(OUTBOX_KEY)!)).to.have.length(1);
      const sent = oneEvent(el, 'hart-training-request-sent') as Promise<HartTrainingRequestSentEvent>;
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online')); // twice: still sent once
      const delivered = await sent;
      expect(delivered.idempotencyKey).to.equal(detail.idempotencyKey);
      await waitUntil(() => text(el, '#result-heading') === 'Request sent');
      const got = await received();
      expect(got.map((r) => r.key)).to.deep.equal([
        detail.idempotencyKey,
        detail.idempotencyKey,
        detail.idempotencyKey,
        detail.idempotencyKey,
      ]);
      expect(got.filter((_, i) => i === 3)).to.have.length(1);
      await nextFrame();
      expect((await received()).length, 'no further attempt after delivery').to.equal(4);
      expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
    });

    it('unreachable endpoint (offline): saves the request on this device, and delivers it once when the page is online again', async () => {
      await script([201, 201]);
      const el = await endpointForm({ retries: 1 });
      await setEndpointReachable(false);
      const queued = oneEvent(el, 'hart-training-request-queued') as Promise<HartTrainingRequestQueuedEvent>;
      await submit(el);
      const { detail } = await queued;
      expect(detail.stored).to.equal(true);
      expect(detail.reason).to.match(/network error/);
      expect(await received(), 'nothing reached the endpoint').to.have.length(0);
      await waitUntil(() => text(el, '#result-heading') === 'Saved on this device');
      const sent = oneEvent(el, 'hart-training-request-sent') as Promise<HartTrainingRequestSentEvent>;
      await setEndpointReachable(true);
      window.dispatchEvent(new Event('online'));
      expect((await sent).idempotencyKey).to.equal(detail.idempotencyKey);
      const got = await received();
      expect(got).to.have.length(1);
      expect(got[0]!.key).to.equal(detail.idempotencyKey);
      await waitUntil(() => text(el, '#result-heading') === 'Request sent');
      expect(text(el, '#reference')).to.equal('HART-1');
      // Nothing is left to send: another `online` sends nothing (the outbox is read at once, no wait).
      expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(await received(), 'exactly once').to.have.length(1);
    });

    it('re-sends a saved request when the page is opened again', async () => {
      await script([503, 503, 503]);
      const first = await endpointForm();
      await submit(first);
      await waitUntil(() => !!localStorage.getItem(OUTBOX_KEY));
      const [{ idempotencyKey }] = JSON.parse(localStorage.getItem(OUTBOX_KEY)!);
      first.remove();
      await script([201]);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const reopened = document.createElement('hart-training-request');
      reopened.deliveryOptions = FAST;
      reopened.setAttribute('endpoint', ENDPOINT);
      const sent = oneEvent(reopened, 'hart-training-request-sent') as Promise<HartTrainingRequestSentEvent>;
      wrapper.append(reopened);
      expect((await sent).idempotencyKey).to.equal(idempotencyKey);
      await waitUntil(() => text(reopened, '#status') === 'A training request saved on this device has now been sent.');
      expect((await received()).map((r) => r.key)).to.deep.equal([idempotencyKey]);
      expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
    });

    it('drops a saved request another script tampered with, unsent, and tells the webmaster', async () => {
      await script([201]);
      const endpoint = new URL(ENDPOINT, location.href).href;
      localStorage.setItem(
        OUTBOX_KEY,
        JSON.stringify([
          {
            idempotencyKey: 'tampered-entry-1',
            endpoint,
            request: { organization: 'x', email: 'a@b.example?bcc=c@d.example' },
            queuedAt: new Date().toISOString(),
          },
        ]),
      );
      const errors = captureConsole('error');
      try {
        const el = document.createElement('hart-training-request') as HartTrainingRequest;
        el.setAttribute('endpoint', ENDPOINT);
        const event = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
        document.body.append(el);
        const error = await event;
        expect(error.code).to.equal('invalid-data');
        expect(error.message).to.contain('a saved request was dropped').and.contain('does not match the schema');
        expect(await received()).to.have.length(0);
        await waitUntil(() => localStorage.getItem(OUTBOX_KEY) === null, 'the entry left the outbox');
        el.remove();
      } finally {
        errors.restore();
      }
    });

    it('re-sends a saved request when a framework sets the endpoint property after the element connected', async () => {
      await script([503, 503, 503]);
      const first = await endpointForm();
      await submit(first);
      await waitUntil(() => !!localStorage.getItem(OUTBOX_KEY));
      first.remove();
      await script([201]);
      const later = await form(html`<hart-training-request .deliveryOptions=${FAST}></hart-training-request>`);
      const sent = oneEvent(later, 'hart-training-request-sent') as Promise<HartTrainingRequestSentEvent>;
      later.endpoint = ENDPOINT;
      await sent;
      expect(await received()).to.have.length(1);
      expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
    });

    it('waits for Retry-After on 429 and then sends', async () => {
      await script([429, 201]);
      const el = await endpointForm();
      const sent = oneEvent(el, 'hart-training-request-sent') as Promise<HartTrainingRequestSentEvent>;
      const started = performance.now();
      $<HTMLButtonElement>(el, '#submit')!.click();
      await sent;
      expect(performance.now() - started).to.be.greaterThan(900);
      expect((await received()).map((r) => r.key)).to.have.length(2);
      expect(new Set((await received()).map((r) => r.key)).size, 'the same key both times').to.equal(1);
    });

    it("shows the server's reasons on 400, keeps every field as typed, and tells the webmaster", async () => {
      await script([400]);
      const el = await endpointForm();
      await fill(el, { notes: 'Evening session please', 'preferredDates-0': future(10) });
      const console = captureConsole('error');
      try {
        const error = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
        await submit(el);
        const event = await error;
        expect(event.code).to.equal('request-rejected');
        expect(event.message).to.contain('HTTP 400').and.contain('Town is not in Connecticut');
        expect(console.lines.join('\n')).to.contain('HTTP 400');
      } finally {
        console.restore();
      }
      await waitUntil(() => focused(el)?.id === 'error-summary');
      expect(text(el, '#error-summary h3')).to.equal('The request was not accepted');
      expect(text(el, '#error-summary'))
        .to.contain('The server said: Town is not in Connecticut')
        .and.contain('not a Connecticut town');
      expect(text(el, '#town-error')).to.equal('Error: not a Connecticut town');
      expect(control(el, 'town').getAttribute('aria-invalid')).to.equal('true');
      for (const [id, value] of Object.entries({
        ...VALID,
        notes: 'Evening session please',
        'preferredDates-0': future(10),
      }))
        expect(valueOf(el, id), id).to.equal(value);
      expect($(el, 'form')!.hidden).to.equal(false);
      expect(await received()).to.have.length(1);
      await expect(el, 'rejected state').to.be.accessible();
    });

    it("puts the endpoint's error for the second date on the box that holds it (dates in boxes 1 and 3)", async () => {
      await script(['400-second-date']);
      const el = await endpointForm();
      await fill(el, { 'preferredDates-0': future(10), 'preferredDates-2': future(20) });
      const console = captureConsole('error');
      try {
        const error = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
        await submit(el);
        await error;
      } finally {
        console.restore();
      }
      await waitUntil(() => focused(el)?.id === 'error-summary');
      expect((await received())[0]!.body.preferredDates).to.deep.equal([future(10), future(20)]);
      expect(text(el, '#preferredDates-2-error')).to.equal('Error: no trainer is free that day');
      expect(control(el, 'preferredDates-2').getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'preferredDates-1').getAttribute('aria-invalid')).to.not.equal('true');
      expect(control(el, 'preferredDates-1').value).to.equal('');
      await expect(el, 'rejected on a date').to.be.accessible();
    });

    it('offers the email instead when the request can be neither sent nor saved', async () => {
      await script([500, 500]);
      const el = await endpointForm({ retries: 1 });
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'QuotaExceededError');
      };
      try {
        const queued = oneEvent(el, 'hart-training-request-queued') as Promise<HartTrainingRequestQueuedEvent>;
        await submit(el);
        expect((await queued).stored).to.equal(false);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      await waitUntil(() => !$(el, '#result')!.hidden);
      expect(text(el, '#result-heading')).to.equal('Send your request by email');
      expect($(el, '#mailto')!.getAttribute('href')).to.contain('Hartford%20Public%20Library');
    });

    it('quick exit (from the banner on the same page) clears the outbox and nothing else', async () => {
      const nav = watchExitNavigation();
      try {
        await script([500, 500]);
        localStorage.setItem('host-key', 'keep me');
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><hart-help-banner></hart-help-banner><hart-training-request endpoint=${ENDPOINT} .deliveryOptions=${{ ...FAST, retries: 1 }}></hart-training-request></div>`,
        );
        const el = wrapper.querySelector('hart-training-request')!;
        await el.updateComplete;
        await fill(el, VALID);
        await submit(el);
        await waitUntil(() => !!localStorage.getItem(OUTBOX_KEY));
        const banner = wrapper.querySelector('hart-help-banner')!;
        banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit-button"]')!.click();
        expect(nav.urls).to.have.length(1);
        expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
        expect(localStorage.getItem('host-key')).to.equal('keep me');
      } finally {
        nav.restore();
      }
    });
  });
});
