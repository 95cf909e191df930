import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { HART_EMAIL } from '@ct-hart/sdk/data/contacts';
import { todayIso } from '@ct-hart/sdk/schema/constants';
import type { TrainingRequest } from '@ct-hart/sdk/schema';
import type { SubmitOptions, SubmitResult } from '@ct-hart/sdk/submit';
import { detach, reportError } from '../shared/events.js';
import { addSpanishTemplates, getLocale } from '../shared/locale.js';
import { panelStyles } from '../shared/panel.styles.js';
import { whenIdle } from '../shared/idle.js';
import { HartElement } from '../shared/hart-element.js';
import { exitButtonStyles } from '../shared/exit-button.js';
import { PrerenderedController } from '../shared/prerendered.js';
import { themeStyles } from '../shared/theme.styles.js';
import { templates as formSpanish } from '../generated/training-request/es.js';
import type { RequestEmail } from './email.js';
import { loadCheckAndSend, type CheckAndSend } from './load-check-and-send.js';
import {
  HartTrainingRequestQueuedEvent,
  HartTrainingRequestSentEvent,
  HartTrainingRequestSubmitEvent,
} from './events.js';
import {
  FIELDS,
  FIELD_IDS,
  curriculumFor,
  emptyValues,
  fieldError,
  errorsAt,
  readRequest,
  requestFieldOf,
  withPresets,
  type FieldId,
  type FormValues,
} from './fields.js';
import { reportAttributeProblems, usableEndpoint } from './attributes.js';
import { formView } from './form-view.js';
import { renderErrorSummary } from './summary-view.js';
import { FocusAfterRender } from './focus-controller.js';
import { OutboxController } from './outbox-controller.js';
import { trainingRequestStyles } from './training-request.styles.js';

addSpanishTemplates(formSpanish);

export const LODGING_AUDIENCE = 'lodging-staff';
export { HART_EMAIL };

/** How the SDK delivers a request; settable for tests and for partners with slow endpoints. */
export type DeliveryOptions = Pick<SubmitOptions, 'retries' | 'baseDelayMs' | 'maxDelayMs' | 'timeoutMs' | 'fetch'>;

type Phase = 'form' | 'sending' | 'sent' | 'queued' | 'mailto';

/**
 * @summary A form to ask HART for a training, with a lodging mode for Public Act 16-71, that never loses a request.
 *
 * With `endpoint`, the request is POSTed as JSON (with an `Idempotency-Key`); one that cannot be
 * delivered is kept in an outbox (`localStorage`, key `ct-hart:training-outbox`) and re-sent when the
 * page is online again or reopened. Without `endpoint`, the form composes an email to DCFHART@ct.gov.
 *
 * A `LitElement`: what the person typed, the errors and the phase are element state the template
 * renders from, so a language switch keeps every value and the focus. The fields come from one
 * table (fields.ts). Errors change only when the request is checked (a submit), never when a
 * field loses focus, so nothing moves under a finger. The code that checks and sends loads at idle
 * after the first render, so a connection lost after the page loaded still lets a request be
 * checked and saved.
 *
 * @tag hart-training-request
 *
 * @slot - Fallback content: shown before the element upgrades and without JavaScript, hidden after.
 *
 * @fires hart-training-request-submit - Cancelable, with the validated request (`request`), before anything is sent or composed.
 * @fires hart-training-request-sent - The endpoint accepted the request (`request`, `reference`, `idempotencyKey`).
 * @fires hart-training-request-queued - Not delivered now; kept to be re-sent (`request`, `idempotencyKey`, `reason`, `stored`).
 * @fires hart-quick-exit - Cancelable, before leaving the page (`HartQuickExitEvent`: `exitUrl`, `trigger`).
 * @fires hart-error - An attribute could not be used, or the endpoint refused the request (`HartErrorEvent`: `code`, `message`).
 *
 * @csspart container - The labelled region around the form.
 * @csspart title - The heading.
 * @csspart error-summary - The list of problems shown after a submit.
 * @csspart form - The form.
 * @csspart button - The buttons.
 * @csspart result - The sent, saved or email panel.
 * @csspart exit-button - The quick exit button.
 *
 * @cssprop --hart-color-text - Text colour. Default `#1b1b1b`.
 * @cssprop --hart-color-background - Background, and text on the accent colour. Default `#ffffff`.
 * @cssprop --hart-color-muted - Hints. Default `#4a4a4a`.
 * @cssprop --hart-color-accent - Buttons, links and the lodging note. Default `#005ea2`.
 * @cssprop --hart-color-exit - Quick exit button, error messages and the error summary border. Default `#b50909`.
 * @cssprop --hart-color-exit-text - Quick exit button text. Default `#ffffff`.
 * @cssprop --hart-color-border - Borders of the panel and the fields. Default `#757575`.
 * @cssprop --hart-color-focus - Focus outline. Default `#1a4480`.
 * @cssprop --hart-font-family - Font. Default: inherited from the page.
 * @cssprop --hart-font-size - Base font size. Default `medium` (the reader's default size, whatever the page's root size).
 * @cssprop --hart-radius - Corner radius. Default `4px`.
 * @cssprop --hart-space - Base spacing. Default `0.75em`.
 */
export class HartTrainingRequest extends HartElement {
  static override styles = [themeStyles, panelStyles, exitButtonStyles, trainingRequestStyles];

  static override properties = {
    endpoint: {},
    audience: {},
    curriculum: {},
    values: { state: true },
    honeypot: { state: true },
    errors: { state: true },
    summary: { state: true },
    phase: { state: true },
    reference: { state: true },
    email: { state: true },
    towns: { state: true },
  };

  /** Where to POST requests (https, or http on localhost). Without it the form composes an email to HART. */
  declare endpoint: string | undefined;
  /** Preselects an audience (one of the 13 audience ids). `lodging-staff` turns on lodging mode. */
  declare audience: string | undefined;
  /** Preselects a curriculum by id. */
  declare curriculum: string | undefined;

  /** Delivery settings passed to `submitTrainingRequest` (retries, delays, timeout). */
  deliveryOptions: DeliveryOptions = {};

  /** What each control holds: the template renders controls from it, and input events write it. */
  declare private values: FormValues;
  declare private honeypot: string;
  /** Controls shown as invalid since the last check, with the server's message when the endpoint gave one. */
  declare private errors: ReadonlyMap<FieldId, string | undefined>;
  declare private summary: { shown: boolean; serverMessage?: string };
  declare private phase: Phase;
  declare private reference: string;
  declare private email: RequestEmail | undefined;
  /** The towns the Town field suggests: loaded with the check-and-send code, after the first render. */
  declare private towns: readonly string[];

  /** Takes over a pre-rendered snippet (the docs' snippet builder) without moving anything. */
  private readonly prerendered = new PrerenderedController(this);
  private readonly focusAfterRender = new FocusAfterRender(this);
  private readonly outbox = new OutboxController(this);
  /** The person chose a training themselves: a new audience no longer changes it. */
  private curriculumChosen = false;
  private checkAndSendModule?: Promise<CheckAndSend>;
  /** The check-and-send module once loaded (it also holds the result view). */
  private loaded?: CheckAndSend;

  constructor() {
    super();
    this.values = emptyValues();
    this.honeypot = '';
    this.errors = new Map();
    this.summary = { shown: false };
    this.phase = 'form';
    this.reference = '';
    this.towns = [];
  }

  /** The endpoint when it is usable (https, or http on localhost); otherwise undefined. */
  get endpointUrl(): string | undefined {
    return usableEndpoint(this.endpoint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    reportAttributeProblems(this, changed as Map<string, unknown>);
    // An endpoint set after the element connected (a framework setting the property) flushes too.
    if (changed.has('endpoint') && this.hasUpdated) detach(this, this.outbox.flush());
    if (changed.has('audience') || changed.has('curriculum')) this.values = this.withPresets(this.values);
  }

  protected override firstUpdated(): void {
    // Everything needed to check and save a request is fetched once the page is quiet, not when
    // the person first types: a connection lost after the page loaded must not lose the request.
    whenIdle(
      () =>
        void this.checkAndSend()
          .then(({ connecticutTowns }) => (this.towns = connecticutTowns))
          .catch(() => undefined),
    );
  }

  /** Clears the form and shows it again (after a request was sent, saved or emailed). */
  reset(): void {
    this.curriculumChosen = false;
    this.values = this.withPresets(emptyValues());
    this.honeypot = '';
    this.errors = new Map();
    this.summary = { shown: false };
    this.phase = 'form';
    this.email = undefined;
    this.focusAfterRender.focus('#organization');
  }

  private get lodging(): boolean {
    return this.values.audience === LODGING_AUDIENCE;
  }

  /** The presets of the attributes, and the training that follows the audience (fields.ts). */
  private withPresets(values: FormValues): FormValues {
    return withPresets(values, this.audience, this.curriculum, this.curriculumChosen);
  }

  /** The code that checks and sends a request, loaded at idle after the first render (check-and-send.ts). */
  checkAndSend(): Promise<CheckAndSend> {
    return (this.checkAndSendModule ??= loadCheckAndSend()
      .then((module) => (this.loaded = module))
      .catch((cause: unknown) => {
        this.checkAndSendModule = undefined;
        throw cause;
      }));
  }

  /** A request saved on this device has now been delivered (OutboxController). */
  savedRequestSent(request: TrainingRequest, reference: string, idempotencyKey: string): void {
    this.dispatchEvent(new HartTrainingRequestSentEvent({ request, reference, idempotencyKey }));
    if (this.phase === 'queued' && this.reference === idempotencyKey) {
      this.reference = reference;
      this.show('sent');
    } else {
      this.announce(msg('A training request saved on this device has now been sent.'));
    }
  }

  /** The form's `input` and `change` events: the control's new value becomes state. */
  onInput(event: Event): void {
    const { name, value } = event.target as HTMLInputElement;
    if (name === 'hart-website') {
      this.honeypot = value;
      return;
    }
    if (!(FIELD_IDS as string[]).includes(name)) return;
    if (name === 'curriculumId') this.curriculumChosen = true;
    const values = { ...this.values, [name]: value };
    if (name === 'audience') values.curriculumId = curriculumFor(values, this.curriculum, this.curriculumChosen);
    this.values = values;
  }

  /** Checks the request: the errors shown become the schema's, and stay until the next check. */
  async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.phase === 'sending') return;
    // The honeypot: a person never sees or fills it, so a filled one is a bot. Nothing is sent.
    if (this.honeypot) return this.show('sent');
    this.phase = 'sending';
    let code: CheckAndSend;
    try {
      code = await this.checkAndSend();
    } catch (cause) {
      this.phase = 'form';
      this.summary = {
        shown: true,
        serverMessage: msg('The form could not be checked. Check your connection and try again.'),
      };
      this.focusAfterRender.focus('#error-summary');
      reportError(
        this,
        'data-load',
        `the form's validator could not be loaded: ${(cause as Error)?.message ?? cause}`,
        cause,
      );
      return;
    }
    this.phase = 'form';
    const { request, paths } = code.checkRequest(readRequest(this.values, this.lodging, getLocale()));
    const problems = paths.map((path) => ({ path }));
    this.errors = errorsAt(problems, this.values);
    this.summary = { shown: !request };
    if (!request) return this.focusAfterRender.focus('#error-summary');
    if (!this.dispatchEvent(new HartTrainingRequestSubmitEvent({ request }))) return;
    const endpoint = this.endpointUrl;
    if (!endpoint) return this.showEmail(code, request);
    this.phase = 'sending';
    this.announce(msg('Sending your request…'));
    const result = await code.submitTrainingRequest(request, {
      ...this.deliveryOptions,
      endpoint,
      outbox: code.outboxFor(endpoint),
    });
    this.announce('');
    this.delivered(code, request, result);
  }

  /** Shows what became of a request the endpoint was sent. */
  private delivered(code: CheckAndSend, request: TrainingRequest, result: SubmitResult): void {
    // Quick exit started while sending: the page is leaving and nothing more is shown or stored.
    if (result.status === 'abandoned') return;
    if (result.status === 'sent') {
      this.reference = result.reference;
      this.show('sent');
      this.dispatchEvent(
        new HartTrainingRequestSentEvent({
          request,
          reference: result.reference,
          idempotencyKey: result.idempotencyKey,
        }),
      );
    } else if (result.status === 'queued') {
      this.reference = result.idempotencyKey;
      this.dispatchEvent(
        new HartTrainingRequestQueuedEvent({
          request,
          idempotencyKey: result.idempotencyKey,
          reason: result.reason,
          stored: result.stored,
        }),
      );
      // Neither delivered nor saved (storage blocked): offer the email so nothing is lost.
      if (result.stored) this.show('queued');
      else this.showEmail(code, request);
    } else {
      // Refused by the endpoint (4xx): every field stays as typed, with the server's reasons.
      this.phase = 'form';
      const fieldErrors = result.status === 'rejected' ? result.fieldErrors : result.issues;
      this.errors = errorsAt(fieldErrors, this.values);
      const message = result.status === 'rejected' ? result.message : msg('The request did not pass the checks.');
      this.summary = { shown: true, serverMessage: message };
      this.focusAfterRender.focus('#error-summary');
      reportError(
        this,
        'request-rejected',
        `the endpoint refused the request${result.status === 'rejected' ? ` (HTTP ${result.httpStatus})` : ''}: ${message}`,
        result,
      );
    }
  }

  private showEmail(code: CheckAndSend, request: TrainingRequest): void {
    this.email = code.composeRequestEmail(request, HART_EMAIL, getLocale());
    this.show('mailto');
  }

  private show(phase: Phase): void {
    this.phase = phase;
    this.focusAfterRender.focus('#result-heading');
  }

  /** The message shown for a control now: none for a lodging field outside lodging mode. */
  private errorFor(id: FieldId): string {
    if (!this.errors.has(id) || (!this.lodging && FIELDS[requestFieldOf(id)].lodging)) return '';
    return this.errors.get(id) ?? fieldError(id, this.values[id] ?? '');
  }

  private renderForm() {
    const sending = this.phase === 'sending';
    return formView(
      {
        values: this.values,
        locale: getLocale(),
        today: todayIso(),
        errorFor: (id) => this.errorFor(id),
        lodging: this.lodging,
        towns: this.towns,
        honeypot: this.honeypot,
        hidden: this.showingResult,
        sending,
      },
      html`<button type="submit" class="primary" part="button" id="submit" aria-disabled=${sending ? 'true' : nothing}>${sending ? msg('Sending…') : this.endpointUrl ? msg('Send the request') : msg('Prepare the email to HART')}</button>`,
      this,
    );
  }

  private get showingResult(): boolean {
    return this.phase === 'sent' || this.phase === 'queued' || this.phase === 'mailto';
  }

  /** The result view lives in the check-and-send chunk: a result is only ever shown after a check. */
  private renderResult() {
    const view = this.loaded;
    if (!view) return nothing;
    const copy = () => view.copyEmail(this.email, this.renderRoot, (text) => this.announce(text));
    return view.renderRequestResult({
      phase: this.phase as 'sent' | 'queued' | 'mailto',
      reference: this.reference,
      email: this.email,
      onAnother: () => this.reset(),
      onCopy: () => detach(this, copy()),
      onChange: () => {
        this.phase = 'form';
        this.focusAfterRender.focus('#organization');
      },
    });
  }

  /** Every data text is a text binding: Lit escapes it; nothing is parsed as HTML. */
  protected override render() {
    const showingResult = this.showingResult;
    return html`<section class="panel" part="container" aria-labelledby="title">
      <div class="panel-head">
        <h2 id="title" part="title">${msg('Request a training from HART')}</h2>
        ${this.renderExit()}
      </div>
      <p id="intro">${msg('HART, the Human Anti-trafficking Response Team at the Connecticut Department of Children and Families, trains groups across the state.')}</p>
      ${renderErrorSummary({ ...this.summary, errorFor: (id) => this.errorFor(id), content: this.loaded, root: this.renderRoot })}
      ${this.renderForm()}
      <div id="result" part="result" ?hidden=${!showingResult}>${showingResult ? this.renderResult() : nothing}</div>
      ${this.renderAnnouncement()}
    </section>`;
  }
}
