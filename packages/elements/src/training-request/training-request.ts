import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { HART_EMAIL } from '@ct-hart/sdk/data/contacts';
import { curriculumChoices } from '@ct-hart/sdk/data/curricula';
import { audiences } from '@ct-hart/sdk/data/training';
import { OUTBOX_KEY } from '@ct-hart/sdk/storage';
import { AUDIENCE_TYPES, TRAINING_REQUEST_LIMITS as LIMITS, todayIso } from '@ct-hart/sdk/schema/constants';
import type { TrainingRequest } from '@ct-hart/sdk/schema';
import { checkFetchUrl } from '@ct-hart/sdk/fetch-json';
import type { SubmitOptions } from '@ct-hart/sdk/submit';
import { reportError } from '../shared/events.js';
import { addSpanishTemplates, followPageLocale, getLocale } from '../shared/locale.js';
import { panelStyles } from '../shared/panel.styles.js';
import { whenIdle } from '../shared/idle.js';
import { QuickExitController, type QuickExitElement } from '../shared/quick-exit-controller.js';
import { DEFAULT_EXIT_URL } from '../shared/quick-exit-text.js';
import { exitButtonStyles, renderQuickExit } from '../shared/exit-button.js';
import { PrerenderedController } from '../shared/prerendered.js';
import { themeStyles } from '../shared/theme.styles.js';
import { templates as formSpanish } from '../generated/training-request/es.js';
import type { RequestEmail } from './email.js';
import { HartTrainingRequestQueuedEvent, HartTrainingRequestSentEvent, HartTrainingRequestSubmitEvent } from './events.js';
import { FIELD_IDS, LODGING_FIELDS, OPTIONAL_FIELDS, fieldError, fieldForPath, fieldHint, fieldLabel, formatLabel, type FieldId } from './fields.js';
import { trainingRequestStyles } from './training-request.styles.js';

addSpanishTemplates(formSpanish);

export const LODGING_AUDIENCE = 'lodging-staff';
export { HART_EMAIL };

/** How the SDK delivers a request; settable for tests and for partners with slow endpoints. */
export type DeliveryOptions = Pick<SubmitOptions, 'retries' | 'baseDelayMs' | 'maxDelayMs' | 'timeoutMs' | 'fetch'>;

type Phase = 'form' | 'sending' | 'sent' | 'queued' | 'mailto';

type Validation = typeof import('./validation.js');

/** What the `audience` and `curriculum` attributes accept. */
const PRESET_VALUES: Record<'audience' | 'curriculum', readonly string[]> = {
  audience: AUDIENCE_TYPES,
  curriculum: curriculumChoices.map((c) => c.id),
};

type Values = Record<FieldId, string>;
const emptyValues = (): Values => Object.fromEntries(FIELD_IDS.map((id) => [id, ''])) as Values;


/**
 * @summary A form to ask HART for a training, with a lodging mode for Public Act 16-71, that never loses a request.
 *
 * With `endpoint`, the request is POSTed as JSON (with an `Idempotency-Key`); one that cannot be
 * delivered is kept in an outbox (`localStorage`, key `ct-hart:training-outbox`) and re-sent when the
 * page is online again or reopened. Without `endpoint`, the form composes an email to DCFHART@ct.gov.
 *
 * A `LitElement`: what the person typed, which fields they touched, the errors and the phase are
 * element state the template renders from, so a language switch keeps every value and the focus.
 * The validator and delivery code load at idle after the first render, so a connection lost after
 * the page loaded still lets a request be checked and saved.
 *
 * @tag hart-training-request
 *
 * @slot - Fallback content: shown before the element upgrades and without JavaScript, hidden after.
 *
 * @fires hart-training-request-submit - Cancelable, with the validated request (`detail.request`), before anything is sent or composed.
 * @fires hart-training-request-sent - The endpoint accepted the request (`detail`: `request`, `reference`, `idempotencyKey`).
 * @fires hart-training-request-queued - Not delivered now; kept to be re-sent (`detail`: `request`, `idempotencyKey`, `reason`, `stored`).
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
export class HartTrainingRequest extends LitElement implements QuickExitElement {
  static override styles = [themeStyles, panelStyles, exitButtonStyles, trainingRequestStyles];

  static override properties = {
    endpoint: {},
    audience: {},
    curriculum: {},
    exitUrlAttribute: { attribute: 'exit-url' },
    noExit: { type: Boolean, attribute: 'no-exit' },
    values: { state: true },
    honeypot: { state: true },
    touched: { state: true },
    errors: { state: true },
    summary: { state: true },
    phase: { state: true },
    reference: { state: true },
    email: { state: true },
    towns: { state: true },
    announcement: { state: true },
  };

  /** Where to POST requests (https, or http on localhost). Without it the form composes an email to HART. */
  declare endpoint: string | undefined;
  /** Preselects an audience (one of the 13 audience ids). `lodging-staff` turns on lodging mode. */
  declare audience: string | undefined;
  /** Preselects a curriculum by id. */
  declare curriculum: string | undefined;
  /** Where quick exit goes (https only). */
  declare exitUrlAttribute: string;
  /** Hides the quick exit button (the Shift×3 shortcut stays, if another HART element offers it). */
  declare noExit: boolean;

  /** Delivery settings passed to `submitTrainingRequest` (retries, delays, timeout). */
  deliveryOptions: DeliveryOptions = {};

  /** What each control holds: the template renders controls from it, and input events write it. */
  declare private values: Values;
  declare private honeypot: string;
  /** Fields the person has typed in or changed: only those are checked when they lose focus. */
  declare private touched: ReadonlySet<FieldId>;
  /** Fields currently shown as invalid, with the server's message when the endpoint gave one. */
  declare private errors: ReadonlyMap<FieldId, string | undefined>;
  declare private summary: { shown: boolean; serverMessage?: string };
  declare private phase: Phase;
  declare private reference: string;
  declare private email: RequestEmail | undefined;
  /** The towns the Town field suggests: loaded with the validator, after the first render. */
  declare private towns: readonly string[];
  declare private announcement: string;

  private readonly quickExit = new QuickExitController(this);
  /** Takes over a pre-rendered snippet (the docs' snippet builder) without moving anything. */
  private readonly prerendered = new PrerenderedController(this);
  private focusTarget?: string;
  private validationModule?: Promise<Validation>;
  /** The validator's module once loaded (it also holds the result view). */
  private loadedValidation?: Validation;
  private readonly onOnline = () => void this.flush();

  constructor() {
    super();
    this.exitUrlAttribute = DEFAULT_EXIT_URL;
    this.noExit = false;
    this.values = emptyValues();
    this.honeypot = '';
    this.touched = new Set();
    this.errors = new Map();
    this.summary = { shown: false };
    this.phase = 'form';
    this.reference = '';
    this.towns = [];
    this.announcement = '';
    updateWhenLocaleChanges(this);
  }

  get exitUrl(): string {
    return this.quickExit.exitUrl;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLocale();
    addEventListener('online', this.onOnline);
    // A request saved on an earlier visit goes out as soon as the page is open again.
    if (this.hasSavedRequests()) void this.flush();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
  }

  /** The endpoint when it is usable (https, or http on localhost); otherwise undefined. */
  private get endpointUrl(): string | undefined {
    if (!this.endpoint) return undefined;
    try {
      return checkFetchUrl(this.endpoint).href;
    } catch {
      return undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') && this.endpoint && !this.endpointUrl) {
      reportError(this, 'invalid-attribute', `endpoint="${this.endpoint}" is not https (http only on localhost); requests will go by email to ${HART_EMAIL} instead.`);
    }
    // An endpoint set after the element connected (a framework setting the property) flushes too.
    if (changed.has('endpoint') && this.hasUpdated && this.hasSavedRequests()) void this.flush();
    for (const name of ['audience', 'curriculum'] as const) {
      const value = this[name];
      if (changed.has(name) && value && !PRESET_VALUES[name].includes(value)) {
        reportError(this, 'invalid-attribute', `${name}="${value}" is not one of: ${PRESET_VALUES[name].join(', ')}.`);
      }
    }
    if (changed.has('audience') || changed.has('curriculum')) this.values = this.withPresets(this.values);
  }

  protected override firstUpdated(): void {
    // Everything needed to check and save a request is fetched once the page is quiet, not when
    // the person first types: a connection lost after the page loaded must not lose the request.
    whenIdle(() => void this.validation().then(({ connecticutTowns }) => (this.towns = connecticutTowns)).catch(() => undefined));
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
    this.focusTarget = undefined;
  }

  announce(text: string): void {
    this.announcement = text;
  }

  /** Clears the form and shows it again (after a request was sent, saved or emailed). */
  reset(): void {
    this.touched = new Set();
    this.values = this.withPresets(emptyValues());
    this.honeypot = '';
    this.errors = new Map();
    this.summary = { shown: false };
    this.phase = 'form';
    this.email = undefined;
    this.focusTarget = '#organization';
  }

  private get lodging(): boolean {
    return this.values.audience === LODGING_AUDIENCE;
  }

  /** The audience and curriculum the attributes ask for (when valid), and the curriculum that follows the audience. */
  private withPresets(values: Values): Values {
    const next = { ...values };
    if (this.audience && (AUDIENCE_TYPES as readonly string[]).includes(this.audience)) next.audience = this.audience;
    next.curriculumId = this.curriculumFor(next);
    if (this.curriculum && curriculumChoices.some((c) => c.id === this.curriculum)) next.curriculumId = this.curriculum;
    return next;
  }

  /** Keeps what the person (or the `curriculum` attribute) chose; otherwise picks the only training that fits the audience. */
  private curriculumFor(values: Values): string {
    const chosen = this.touched.has('curriculumId') || (!!this.curriculum && values.curriculumId === this.curriculum);
    if (chosen) return values.curriculumId;
    const fitting = this.fittingCurricula(values.audience);
    return fitting.length === 1 ? fitting[0]!.id : '';
  }

  private fittingCurricula(audience: string) {
    return curriculumChoices.filter((c) => c.audiences.some((a) => a === audience));
  }

  /** The schema and delivery code, loaded at idle after the first render (see validation.ts). */
  private validation(): Promise<Validation> {
    return (this.validationModule ??= import('./validation.js').then((module) => (this.loadedValidation = module)).catch((cause: unknown) => {
      this.validationModule = undefined;
      throw cause;
    }));
  }

  /** True when this device holds a request saved in HART's outbox (read without loading the validator). */
  private hasSavedRequests(): boolean {
    try {
      return !!this.endpointUrl && !!localStorage.getItem(OUTBOX_KEY);
    } catch {
      return false;
    }
  }

  /** Reads the state into a request and checks it with the SDK's schema. */
  private async check(): Promise<{ request?: TrainingRequest; invalid: Set<FieldId> }> {
    const values = this.values;
    const text = (id: FieldId) => values[id].trim();
    const dateIds = this.filledDateIds();
    const input: Record<string, unknown> = { preferredDates: dateIds.map(text), locale: getLocale() };
    // An empty field is left out: the schema then names it as required, or skips it when optional.
    for (const id of FIELD_IDS) {
      const value = text(id);
      if (!value || id.startsWith('preferredDates-') || (LODGING_FIELDS.includes(id) && values.audience !== LODGING_AUDIENCE)) continue;
      input[id] = id === 'estimatedAttendees' || id === 'staffCount' ? Number(value) : value;
    }
    const { request, paths } = (await this.validation()).checkRequest(input);
    const invalid = new Set(paths.map((path) => fieldForPath(path, dateIds)).filter((id): id is FieldId => !!id));
    return { request, invalid };
  }

  /** The date boxes that hold a date, in order: the request's `preferredDates` are their values. */
  private filledDateIds(): FieldId[] {
    return FIELD_IDS.filter((id) => id.startsWith('preferredDates-') && this.values[id].trim());
  }

  private fieldOf(target: EventTarget | null): FieldId {
    return (target as HTMLElement).id.replace(/^format-.*/, 'format') as FieldId;
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.id === 'hart-website') {
      this.honeypot = target.value;
      return;
    }
    const id = this.fieldOf(target);
    if (!(FIELD_IDS as readonly string[]).includes(id)) return;
    this.touched = new Set(this.touched).add(id);
    const values = { ...this.values, [id]: target.value };
    if (id === 'audience') values.curriculumId = this.curriculumFor(values);
    this.values = values;
  }

  /** Checks a field when it loses focus, if the person changed it or it is shown as invalid. */
  private async onFocusOut(event: FocusEvent): Promise<void> {
    const id = this.fieldOf(event.target);
    if (!this.touched.has(id) && !this.errors.has(id)) return;
    if (id === 'format' && (event.relatedTarget as HTMLElement | null)?.id.startsWith('format-')) return;
    try {
      const { invalid } = await this.check();
      const errors = new Map(this.errors);
      if (invalid.has(id)) errors.set(id, undefined);
      else errors.delete(id);
      this.errors = errors;
    } catch {
      // The validator could not be loaded; the submit reports it.
    }
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.phase === 'sending') return;
    // The honeypot: a person never sees or fills it, so a filled one is a bot. Nothing is sent.
    if (this.honeypot) {
      this.show('sent');
      return;
    }
    this.phase = 'sending';
    let checked: Awaited<ReturnType<HartTrainingRequest['check']>>;
    let validation: Validation;
    try {
      [checked, validation] = await Promise.all([this.check(), this.validation()]);
    } catch (cause) {
      this.phase = 'form';
      this.summary = { shown: true, serverMessage: msg('The form could not be checked. Check your connection and try again.') };
      this.focusTarget = '#error-summary';
      reportError(this, 'data-load', `the form's validator could not be loaded: ${(cause as Error)?.message ?? cause}`, cause);
      return;
    }
    this.phase = 'form';
    const { request, invalid } = checked;
    this.errors = new Map([...invalid].map((id) => [id, undefined]));
    this.summary = { shown: invalid.size > 0 };
    if (!request || invalid.size) {
      this.focusTarget = '#error-summary';
      return;
    }
    if (!this.dispatchEvent(new HartTrainingRequestSubmitEvent({ request }))) return;
    const endpoint = this.endpointUrl;
    if (!endpoint) {
      this.email = validation.composeRequestEmail(request, HART_EMAIL, getLocale());
      this.show('mailto');
      return;
    }
    this.phase = 'sending';
    this.announce(msg('Sending your request…'));
    const result = await validation.submitTrainingRequest(request, { ...this.deliveryOptions, endpoint, outbox: validation.outboxFor(endpoint) });
    this.announce('');
    // Quick exit started while sending: the page is leaving and nothing more is shown or stored.
    if (result.status === 'abandoned') return;
    if (result.status === 'sent') {
      this.reference = result.reference;
      this.show('sent');
      this.dispatchEvent(new HartTrainingRequestSentEvent({ request, reference: result.reference, idempotencyKey: result.idempotencyKey }));
    } else if (result.status === 'queued') {
      this.reference = result.idempotencyKey;
      this.dispatchEvent(new HartTrainingRequestQueuedEvent({ request, idempotencyKey: result.idempotencyKey, reason: result.reason, stored: result.stored }));
      if (result.stored) {
        this.show('queued');
      } else {
        // Neither delivered nor saved (storage blocked): offer the email so nothing is lost.
        this.email = validation.composeRequestEmail(request, HART_EMAIL, getLocale());
        this.show('mailto');
      }
    } else {
      // Refused by the endpoint (4xx): every field stays as typed, with the server's reasons.
      this.phase = 'form';
      const dateIds = this.filledDateIds();
      const fieldErrors = result.status === 'rejected' ? result.fieldErrors : result.status === 'invalid' ? result.issues : [];
      this.errors = new Map(fieldErrors.flatMap((e) => {
        const id = fieldForPath(e.path, dateIds);
        return id ? [[id, e.message] as [FieldId, string]] : [];
      }));
      const message = result.status === 'rejected' ? result.message : msg('The request did not pass the checks.');
      this.summary = { shown: true, serverMessage: message };
      this.focusTarget = '#error-summary';
      reportError(this, 'request-rejected', `the endpoint refused the request${result.status === 'rejected' ? ` (HTTP ${result.httpStatus})` : ''}: ${message}`, result);
    }
  }

  private show(phase: Phase): void {
    this.phase = phase;
    this.focusTarget = '#result-heading';
  }

  /** Re-sends requests saved in the outbox for this endpoint. */
  private async flush(): Promise<void> {
    const endpoint = this.endpointUrl;
    if (!endpoint || !this.isConnected || !navigator.onLine || !this.hasSavedRequests()) return;
    let results;
    try {
      const validation = await this.validation();
      // To this form's endpoint, never to one written in storage.
      results = await validation.flushOutbox(validation.outboxFor(endpoint), { ...this.deliveryOptions, endpoint });
    } catch {
      return; // Still saved; the next `online` event or visit tries again.
    }
    for (const { entry, result } of results) {
      if (result.status === 'invalid') {
        // Storage is the page's: an entry that is invalid, aims elsewhere or waited 30 days is dropped unsent.
        reportError(this, 'invalid-data', result.issues.map((issue) => issue.message).join('; '), result.issues);
        continue;
      }
      if (result.status !== 'sent') continue;
      this.dispatchEvent(new HartTrainingRequestSentEvent({ request: entry.request, reference: result.reference, idempotencyKey: entry.idempotencyKey }));
      if (this.phase === 'queued' && this.reference === entry.idempotencyKey) {
        this.reference = result.reference;
        this.show('sent');
      } else {
        this.announce(msg('A training request saved on this device has now been sent.'));
      }
    }
  }

  private async copyEmail(): Promise<void> {
    const text = this.email ? `${this.email.subject}\n\n${this.email.body}` : '';
    try {
      await navigator.clipboard.writeText(text);
      this.announce(msg('Copied. Paste it into an email to HART.'));
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#email-text');
      area?.focus();
      area?.select();
      this.announce(msg('The text is selected: copy it with your keyboard or menu.'));
    }
  }

  /** The message shown for a field now: none for a lodging field outside lodging mode. */
  private errorFor(id: FieldId): string {
    if (!this.errors.has(id) || (LODGING_FIELDS.includes(id) && !this.lodging)) return '';
    return this.errors.get(id) ?? fieldError(id, this.values[id]);
  }

  /** The error paragraph of a field: always in the DOM (hidden when empty) so its id can be referred to. */
  private renderError(id: FieldId) {
    const message = this.errorFor(id);
    return html`<p class="error" id=${`${id}-error`} ?hidden=${!message}>${message ? html`<span class="error-prefix">${msg('Error:')}</span> ${message}` : nothing}</p>`;
  }

  /** One labelled control with its hint and error paragraphs. `control` gets its id, name and ARIA from here. */
  private field(id: FieldId, control: (attributes: { describedBy: string | typeof nothing; invalid: 'true' | typeof nothing; required: boolean }) => unknown) {
    const hint = fieldHint(id);
    const optional = OPTIONAL_FIELDS.includes(id);
    const message = this.errorFor(id);
    const describedBy = [hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ');
    return html`<div class="field ${message ? 'invalid' : ''}" id=${`${id}-field`}>
      <label for=${id}>${fieldLabel(id)} ${optional ? html`<span class="optional">${msg('(optional)')}</span>` : nothing}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${this.renderError(id)}
      ${control({ describedBy: describedBy || nothing, invalid: message ? 'true' : nothing, required: !optional })}
    </div>`;
  }

  private textInput(id: FieldId, type: string, extra: { autocomplete?: string; list?: string; spellcheck?: 'false'; min?: number; max?: number; inputmode?: string } = {}) {
    return this.field(id, (a) => html`<input
      type=${type}
      id=${id}
      name=${id}
      .value=${this.values[id]}
      ?required=${a.required}
      aria-invalid=${a.invalid}
      aria-describedby=${a.describedBy}
      autocomplete=${extra.autocomplete ?? nothing}
      list=${extra.list ?? nothing}
      spellcheck=${extra.spellcheck ?? nothing}
      min=${extra.min ?? nothing}
      max=${extra.max ?? nothing}
      step=${extra.min !== undefined ? '1' : nothing}
      inputmode=${extra.inputmode ?? nothing}
    />`);
  }

  private renderForm() {
    const locale = getLocale();
    const values = this.values;
    const byName = (a: { name: Record<string, string> }, b: { name: Record<string, string> }) => a.name[locale]!.localeCompare(b.name[locale]!, locale);
    const sortedAudiences = [...audiences].sort((a, b) => (a.id === 'other' ? 1 : b.id === 'other' ? -1 : byName(a, b)));
    const fitting = this.fittingCurricula(values.audience);
    const others = curriculumChoices.filter((c) => !fitting.includes(c));
    const curriculumOption = (c: (typeof curriculumChoices)[number]) => html`<option value=${c.id} .selected=${values.curriculumId === c.id}>${c.title[locale]}</option>`;
    const formatError = this.errorFor('format');
    const sending = this.phase === 'sending';
    const today = todayIso();
    const lodging = this.lodging;
    return html`<form novalidate part="form" aria-labelledby="title" aria-busy=${String(sending)} ?hidden=${this.showingResult}
      @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onFocusOut}>
      ${this.textInput('organization', 'text', { autocomplete: 'organization' })}
      ${this.textInput('contactName', 'text', { autocomplete: 'name' })}
      ${this.textInput('email', 'email', { autocomplete: 'email', spellcheck: 'false' })}
      ${this.textInput('phone', 'tel', { autocomplete: 'tel' })}
      ${this.textInput('town', 'text', { list: 'towns', autocomplete: 'address-level2' })}
      <datalist id="towns">${this.towns.map((town) => html`<option value=${town}></option>`)}</datalist>
      ${this.field('audience', (a) => html`<select id="audience" name="audience" ?required=${a.required} aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
        <option value="" .selected=${values.audience === ''}>${msg('Choose an audience')}</option>
        ${sortedAudiences.map((aud) => html`<option value=${aud.id} .selected=${values.audience === aud.id}>${aud.name[locale]}</option>`)}
      </select>`)}
      <div class="lodging" id="lodging" ?hidden=${!lodging}>
        <p class="note" id="lodging-note">${msg('Connecticut Public Act 16-71 (2016) requires hotels, motels, inns and similar lodging to give all of their employees training on human trafficking every year.')}</p>
        ${this.textInput('propertyName', 'text')}
        ${this.textInput('staffCount', 'number', { min: LIMITS.staffCount.min, max: LIMITS.staffCount.max, inputmode: 'numeric' })}
      </div>
      ${this.field('curriculumId', (a) => html`<select id="curriculumId" name="curriculumId" ?required=${a.required} aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
        <option value="" .selected=${values.curriculumId === ''}>${msg('Choose a training')}</option>
        ${fitting.length
          ? html`<optgroup label=${msg('Suggested for this audience')}>${fitting.map(curriculumOption)}</optgroup><optgroup label=${msg('Other trainings')}>${others.map(curriculumOption)}</optgroup>`
          : curriculumChoices.map(curriculumOption)}
      </select>`)}
      ${this.textInput('estimatedAttendees', 'number', { min: LIMITS.estimatedAttendees.min, max: LIMITS.estimatedAttendees.max, inputmode: 'numeric' })}
      <fieldset class="field ${formatError ? 'invalid' : ''}" id="format-field" aria-describedby=${formatError ? 'format-error' : nothing}>
        <legend>${fieldLabel('format')}</legend>
        ${this.renderError('format')}
        ${['in-person', 'virtual'].map((value) => html`<div class="choice">
          <input type="radio" id=${`format-${value}`} name="format" .value=${value} .checked=${values.format === value} required aria-invalid=${formatError ? 'true' : nothing} />
          <label for=${`format-${value}`}>${formatLabel(value)}</label>
        </div>`)}
      </fieldset>
      <fieldset class="field" id="preferredDates-field" aria-describedby="preferredDates-hint">
        <legend>${fieldLabel('preferredDates')} <span class="optional">${msg('(optional)')}</span></legend>
        <p class="hint" id="preferredDates-hint">${fieldHint('preferredDates')}</p>
        <div class="dates">
          ${(['preferredDates-0', 'preferredDates-1', 'preferredDates-2'] as const).map((id) => {
            const message = this.errorFor(id);
            return html`<div class="date ${message ? 'invalid' : ''}">
              <label for=${id}>${fieldLabel(id)}</label>
              ${this.renderError(id)}
              <input type="date" id=${id} name=${id} min=${today} .value=${values[id]} aria-invalid=${message ? 'true' : nothing} aria-describedby=${message ? `${id}-error` : nothing} />
            </div>`;
          })}
        </div>
      </fieldset>
      ${this.field('notes', (a) => html`<textarea id="notes" name="notes" rows="4" .value=${values.notes} aria-invalid=${a.invalid} aria-describedby=${a.describedBy}></textarea>`)}
      <div class="trap" aria-hidden="true">
        <label for="hart-website">${msg('Leave this field empty')}</label>
        <input type="text" id="hart-website" name="hart-website" tabindex="-1" autocomplete="off" .value=${this.honeypot} />
      </div>
      <div class="actions">
        <button type="submit" class="primary" part="button" id="submit" aria-disabled=${sending ? 'true' : nothing}>${sending ? msg('Sending…') : this.endpointUrl ? msg('Send the request') : msg('Prepare the email to HART')}</button>
      </div>
    </form>`;
  }

  private get showingResult(): boolean {
    return this.phase === 'sent' || this.phase === 'queued' || this.phase === 'mailto';
  }

  /**
   * The error summary (GOV.UK's pattern): focused after a failed submit; its content is in a
   * `role="alert"` container, so screen readers read its heading and list when it appears.
   */
  private renderSummary() {
    const shownErrors = FIELD_IDS.map((id) => [id, this.errorFor(id)] as const).filter(([, message]) => message);
    const { serverMessage } = this.summary;
    const shown = this.summary.shown && (shownErrors.length > 0 || !!serverMessage);
    const goTo = (event: Event, id: FieldId) => {
      event.preventDefault();
      const target = this.renderRoot.querySelector<HTMLElement>(id === 'format' ? 'input[name="format"]' : `#${id}`);
      target?.focus();
      target?.scrollIntoView?.({ block: 'center' });
    };
    return html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" ?hidden=${!shown}>
      <div role="alert">${!shown
        ? nothing
        : this.loadedValidation
          ? this.loadedValidation.renderErrorSummaryContent({ serverMessage, errors: shownErrors as [FieldId, string][], goTo })
          : html`<p>${serverMessage}</p>`}</div>
    </div>`;
  }

  /** The result view lives in the validator's chunk: a result is only ever shown after a check. */
  private renderResult() {
    const view = this.loadedValidation;
    if (!view) return nothing;
    return view.renderRequestResult({
      phase: this.phase as 'sent' | 'queued' | 'mailto',
      reference: this.reference,
      email: this.email,
      onAnother: () => this.reset(),
      onCopy: () => void this.copyEmail(),
      onChange: () => {
        this.phase = 'form';
        this.focusTarget = '#organization';
      },
    });
  }

  /** Every data text is a text binding: Lit escapes it; nothing is parsed as HTML. */
  protected override render() {
    const showingResult = this.showingResult;
    return html`<section class="panel" part="container" aria-labelledby="title">
      <div class="panel-head">
        <h2 id="title" part="title">${msg('Request a training from HART')}</h2>
        ${this.noExit ? nothing : html`<div class="exit">${renderQuickExit(this.quickExit)}</div>`}
      </div>
      <p id="intro">${msg('HART, the Human Anti-trafficking Response Team at the Connecticut Department of Children and Families, trains groups across the state.')}</p>
      ${this.renderSummary()}
      ${this.renderForm()}
      <div id="result" part="result" ?hidden=${!showingResult}>${showingResult ? this.renderResult() : nothing}</div>
      <p class="visually-hidden" role="status" id="status">${this.announcement}</p>
    </section>`;
  }
}
