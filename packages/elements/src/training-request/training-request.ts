import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { HART_EMAIL } from '@ct-hart/sdk/data/contacts';
import { connecticutTowns } from '@ct-hart/sdk/data/towns';
import { curriculumChoices } from '@ct-hart/sdk/data/curricula';
import { audiences } from '@ct-hart/sdk/data/training';
import { OUTBOX_KEY } from '@ct-hart/sdk/outbox';
import { AUDIENCE_TYPES, TRAINING_REQUEST_LIMITS as LIMITS, todayIso } from '@ct-hart/sdk/schema/constants';
import type { TrainingRequest } from '@ct-hart/sdk/schema';
import { checkFetchUrl } from '@ct-hart/sdk/fetch-json';
import type { SubmitOptions } from '@ct-hart/sdk/submit';
import { h, type Child } from '../shared/dom.js';
import { reportError } from '../shared/events.js';
import { addSpanishTemplates, followPageLocale, getLocale } from '../shared/locale.js';
import { panelStyles } from '../shared/panel.styles.js';
import { PrerenderedController } from '../shared/prerendered.js';
import { themeStyles } from '../shared/theme.styles.js';
import { templates as formSpanish } from '../generated/training-request/es.js';
import { composeRequestEmail, type RequestEmail } from './email.js';
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

/** Sets an attribute, or removes it when the value is empty or false. */
const setAttribute = (element: Element, name: string, value: string | false) =>
  value ? element.setAttribute(name, value) : element.removeAttribute(name);

/**
 * @summary A form to ask HART for a training, with a lodging mode for Public Act 16-71, that never loses a request.
 *
 * With `endpoint`, the request is POSTed as JSON (with an `Idempotency-Key`); one that cannot be
 * delivered is kept in an outbox (`localStorage`, key `ct-hart:training-outbox`) and re-sent when the
 * page is online again or reopened. Without `endpoint`, the form composes an email to DCFHART@ct.gov.
 * Built on Lit's `ReactiveElement` with a small DOM builder (20 KB budget with the validator).
 *
 * @tag hart-training-request
 *
 * @slot - Fallback content: shown before the element upgrades and without JavaScript, hidden after.
 *
 * @fires hart-training-request-submit - Cancelable, with the validated request (`detail.request`), before anything is sent or composed.
 * @fires hart-training-request-sent - The endpoint accepted the request (`detail`: `request`, `reference`, `idempotencyKey`).
 * @fires hart-training-request-queued - Not delivered now; kept to be re-sent (`detail`: `request`, `idempotencyKey`, `reason`, `stored`).
 * @fires hart-error - An attribute could not be used, or the endpoint refused the request (`HartErrorEvent`: `code`, `message`).
 *
 * @csspart container - The labelled region around the form.
 * @csspart title - The heading.
 * @csspart error-summary - The list of problems shown after a submit.
 * @csspart form - The form.
 * @csspart button - The buttons.
 * @csspart result - The sent, saved or email panel.
 *
 * @cssprop --hart-color-text - Text colour. Default `#1b1b1b`.
 * @cssprop --hart-color-background - Background, and text on the accent colour. Default `#ffffff`.
 * @cssprop --hart-color-muted - Hints. Default `#4a4a4a`.
 * @cssprop --hart-color-accent - Buttons, links and the lodging note. Default `#005ea2`.
 * @cssprop --hart-color-exit - Error messages and the error summary border. Default `#b50909`.
 * @cssprop --hart-color-exit-text - Not used by the form (it has no quick exit button); one theme serves every HART element. Default `#ffffff`.
 * @cssprop --hart-color-border - Borders of the panel and the fields. Default `#757575`.
 * @cssprop --hart-color-focus - Focus outline. Default `#1a4480`.
 * @cssprop --hart-font-family - Font. Default: inherited from the page.
 * @cssprop --hart-font-size - Base font size. Default `medium` (the reader's default size, whatever the page's root size).
 * @cssprop --hart-radius - Corner radius. Default `4px`.
 * @cssprop --hart-space - Base spacing. Default `0.75em`.
 */
export class HartTrainingRequest extends ReactiveElement {
  static override styles = [themeStyles, panelStyles, trainingRequestStyles];

  static override properties = {
    endpoint: {},
    audience: {},
    curriculum: {},
  };

  /** Where to POST requests (https, or http on localhost). Without it the form composes an email to HART. */
  declare endpoint: string | undefined;
  /** Preselects an audience (one of the 13 audience ids). `lodging-staff` turns on lodging mode. */
  declare audience: string | undefined;
  /** Preselects a curriculum by id. */
  declare curriculum: string | undefined;

  /** Delivery settings passed to `submitTrainingRequest` (retries, delays, timeout). */
  deliveryOptions: DeliveryOptions = {};

  private phase: Phase = 'form';
  /** Fields the person has typed in or changed: only those are checked when they lose focus. */
  private readonly touched = new Set<FieldId>();
  /** Takes over a pre-rendered snippet (the docs' snippet builder) without moving anything. */
  private readonly prerendered = new PrerenderedController(this);
  /** Fields currently shown as invalid, with the server's message when the endpoint gave one. */
  private errors = new Map<FieldId, string | undefined>();
  private summary: { shown: boolean; serverMessage?: string } = { shown: false };
  private reference = '';
  private email?: RequestEmail;
  private builtLocale?: string;
  private form?: HTMLFormElement;
  private status?: HTMLElement;
  private focusTarget?: string;
  private validationModule?: Promise<Validation>;
  private readonly onOnline = () => void this.flush();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
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
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (!this.form || this.builtLocale !== getLocale()) this.build();
    if (changed.has('audience') || changed.has('curriculum')) this.applyPresets();
    this.refresh();
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
    this.focusTarget = undefined;
  }

  /** Clears the form and shows it again (after a request was sent, saved or emailed). */
  reset(): void {
    this.form?.reset();
    this.touched.clear();
    this.errors.clear();
    this.summary = { shown: false };
    this.phase = 'form';
    this.email = undefined;
    this.applyPresets();
    this.focusTarget = '#organization';
    this.requestUpdate();
  }

  private control(id: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null {
    return this.renderRoot.querySelector(`#${id}`);
  }

  private value(id: FieldId): string {
    if (id === 'format') return this.form?.querySelector<HTMLInputElement>('input[name="format"]:checked')?.value ?? '';
    return this.control(id)?.value ?? '';
  }

  private get lodging(): boolean {
    return this.value('audience') === LODGING_AUDIENCE;
  }

  private applyPresets(): void {
    const audience = this.control('audience');
    if (audience && this.audience && (AUDIENCE_TYPES as readonly string[]).includes(this.audience)) audience.value = this.audience;
    this.fillCurricula();
    const curriculum = this.control('curriculumId');
    if (curriculum && this.curriculum && curriculumChoices.some((c) => c.id === this.curriculum)) curriculum.value = this.curriculum;
  }

  /** The curriculum options: those that fit the chosen audience first. Picks the only fitting one when there is one. */
  private fillCurricula(): void {
    const select = this.control('curriculumId');
    if (!select) return;
    const locale = getLocale();
    const audience = this.value('audience');
    const previous = select.value;
    const option = (c: (typeof curriculumChoices)[number]) => h('option', { value: c.id }, c.title[locale]);
    const fitting = curriculumChoices.filter((c) => c.audiences.some((a) => a === audience));
    const others = curriculumChoices.filter((c) => !fitting.includes(c));
    select.replaceChildren(
      h('option', { value: '' }, msg('Choose a training')),
      ...(fitting.length
        ? [h('optgroup', { label: msg('Suggested for this audience') }, ...fitting.map(option)), h('optgroup', { label: msg('Other trainings') }, ...others.map(option))]
        : curriculumChoices.map(option)),
    );
    // Keep what the person (or the `curriculum` attribute) chose; otherwise follow the audience.
    const chosen = this.touched.has('curriculumId') || (!!this.curriculum && previous === this.curriculum);
    select.value = chosen ? previous : fitting.length === 1 ? fitting[0]!.id : '';
  }

  /** The schema and delivery code, loaded the first time they are needed (see validation.ts). */
  private validation(): Promise<Validation> {
    return (this.validationModule ??= import('./validation.js').catch((cause: unknown) => {
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

  /** Reads the form into a request and checks it with the SDK's schema. */
  private async check(): Promise<{ request?: TrainingRequest; invalid: Set<FieldId> }> {
    const text = (id: FieldId) => this.value(id).trim();
    const dateIds = this.filledDateIds();
    const input: Record<string, unknown> = { preferredDates: dateIds.map(text), locale: getLocale() };
    // An empty field is left out: the schema then names it as required, or skips it when optional.
    for (const id of FIELD_IDS) {
      const value = text(id);
      if (!value || id.startsWith('preferredDates-') || (LODGING_FIELDS.includes(id) && !this.lodging)) continue;
      input[id] = id === 'estimatedAttendees' || id === 'staffCount' ? Number(value) : value;
    }
    const { request, paths } = (await this.validation()).checkRequest(input);
    const invalid = new Set(paths.map((path) => fieldForPath(path, dateIds)).filter((id): id is FieldId => !!id));
    return { request, invalid };
  }

  /** The date boxes that hold a date, in order: the request's `preferredDates` are their values. */
  private filledDateIds(): FieldId[] {
    return FIELD_IDS.filter((id) => id.startsWith('preferredDates-') && this.value(id).trim());
  }

  private onInput(event: Event): void {
    const id = (event.target as HTMLElement).id.replace(/^format-.*/, 'format') as FieldId;
    this.touched.add(id);
    if (id === 'audience') {
      this.fillCurricula();
      this.requestUpdate();
    }
  }

  /** Checks a field when it loses focus, if the person changed it or it is shown as invalid. */
  private async onFocusOut(event: FocusEvent): Promise<void> {
    const id = (event.target as HTMLElement).id.replace(/^format-.*/, 'format') as FieldId;
    if (!this.touched.has(id) && !this.errors.has(id)) return;
    if (id === 'format' && (event.relatedTarget as HTMLElement | null)?.id.startsWith('format-')) return;
    try {
      const { invalid } = await this.check();
      if (invalid.has(id)) this.errors.set(id, undefined);
      else this.errors.delete(id);
      this.requestUpdate();
    } catch {
      // The validator could not be loaded; the submit reports it.
    }
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.phase === 'sending') return;
    // The honeypot: a person never sees or fills it, so a filled one is a bot. Nothing is sent.
    if ((this.control('hart-website') as HTMLInputElement | null)?.value) {
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
      this.requestUpdate();
      return;
    }
    this.phase = 'form';
    const { request, invalid } = checked;
    this.errors = new Map([...invalid].map((id) => [id, undefined]));
    this.summary = { shown: invalid.size > 0 };
    if (!request || invalid.size) {
      this.focusTarget = '#error-summary';
      this.requestUpdate();
      return;
    }
    if (!this.dispatchEvent(new HartTrainingRequestSubmitEvent({ request }))) {
      this.requestUpdate();
      return;
    }
    const endpoint = this.endpointUrl;
    if (!endpoint) {
      this.email = composeRequestEmail(request, HART_EMAIL, getLocale());
      this.show('mailto');
      return;
    }
    this.phase = 'sending';
    this.announce(msg('Sending your request…'));
    this.requestUpdate();
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
        this.email = composeRequestEmail(request, HART_EMAIL, getLocale());
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
      this.requestUpdate();
    }
  }

  private show(phase: Phase): void {
    this.phase = phase;
    this.focusTarget = '#result-heading';
    this.requestUpdate();
  }

  /** Re-sends requests saved in the outbox for this endpoint. */
  private async flush(): Promise<void> {
    const endpoint = this.endpointUrl;
    if (!endpoint || !this.isConnected || !navigator.onLine || !this.hasSavedRequests()) return;
    let results;
    try {
      const validation = await this.validation();
      results = await validation.flushOutbox(validation.outboxFor(endpoint), this.deliveryOptions);
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

  private announce(text: string): void {
    if (this.status) this.status.textContent = text;
  }

  private async copyEmail(): Promise<void> {
    const text = this.email ? `${this.email.subject}\n\n${this.email.body}` : '';
    try {
      await navigator.clipboard.writeText(text);
      this.announce(msg('Copied. Paste it into an email to HART.'));
    } catch {
      const area = this.control('email-text') as HTMLTextAreaElement | null;
      area?.focus();
      area?.select();
      this.announce(msg('The text is selected: copy it with your keyboard or menu.'));
    }
  }

  private button(label: string, action: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
    const button = h('button', { type: 'button', part: 'button', ...attributes }, label);
    button.addEventListener('click', action);
    return button;
  }

  /** One labelled control with its hint and error paragraphs. */
  private field(id: FieldId, control: HTMLElement): HTMLElement {
    const hint = fieldHint(id);
    const optional = OPTIONAL_FIELDS.includes(id);
    control.id = id;
    control.setAttribute('name', id);
    if (!optional) control.setAttribute('required', '');
    return h('div', { class: 'field', id: `${id}-field` },
      h('label', { for: id }, fieldLabel(id), optional && h('span', { class: 'optional' }, ` ${msg('(optional)')}`)),
      hint && h('p', { class: 'hint', id: `${id}-hint` }, hint),
      h('p', { class: 'error', id: `${id}-error`, hidden: '' }),
      control,
    );
  }

  private input(type: string, attributes: Record<string, string> = {}): HTMLInputElement {
    return h('input', { type, ...attributes });
  }

  /** Builds the shadow DOM for the current locale, keeping whatever was typed. Data text goes in as text nodes. */
  private build(): void {
    const locale = getLocale();
    const kept = this.form ? FIELD_IDS.map((id) => [id, this.value(id)] as const) : [];
    this.builtLocale = locale;
    const byName = (a: { name: Record<string, string> }, b: { name: Record<string, string> }) => a.name[locale]!.localeCompare(b.name[locale]!, locale);
    const sortedAudiences = [...audiences].sort((a, b) => (a.id === 'other' ? 1 : b.id === 'other' ? -1 : byName(a, b)));
    const today = todayIso();

    const format = h('fieldset', { class: 'field', id: 'format-field' },
      h('legend', {}, fieldLabel('format')),
      h('p', { class: 'error', id: 'format-error', hidden: '' }),
      ...['in-person', 'virtual'].map((value) =>
        h('div', { class: 'choice' },
          this.input('radio', { id: `format-${value}`, name: 'format', value, required: '' }),
          h('label', { for: `format-${value}` }, formatLabel(value)))),
    );
    const dates = h('fieldset', { class: 'field', id: 'preferredDates-field', 'aria-describedby': 'preferredDates-hint' },
      h('legend', {}, fieldLabel('preferredDates'), h('span', { class: 'optional' }, ` ${msg('(optional)')}`)),
      h('p', { class: 'hint', id: 'preferredDates-hint' }, fieldHint('preferredDates')),
      h('div', { class: 'dates' }, ...([0, 1, 2] as const).map((i) => {
        const id = `preferredDates-${i}` as const;
        return h('div', { class: 'date' },
          h('label', { for: id }, fieldLabel(id)),
          h('p', { class: 'error', id: `${id}-error`, hidden: '' }),
          this.input('date', { id, name: id, min: today }));
      })),
    );

    this.form = h('form', { novalidate: '', part: 'form', 'aria-labelledby': 'title' },
      this.field('organization', this.input('text', { autocomplete: 'organization' })),
      this.field('contactName', this.input('text', { autocomplete: 'name' })),
      this.field('email', this.input('email', { autocomplete: 'email', spellcheck: 'false' })),
      this.field('phone', this.input('tel', { autocomplete: 'tel' })),
      this.field('town', this.input('text', { list: 'towns', autocomplete: 'address-level2' })),
      h('datalist', { id: 'towns' }, ...connecticutTowns.map((town) => h('option', { value: town }))),
      this.field('audience', h('select', {}, h('option', { value: '' }, msg('Choose an audience')), ...sortedAudiences.map((a) => h('option', { value: a.id }, a.name[locale])))),
      h('div', { class: 'lodging', id: 'lodging' },
        h('p', { class: 'note', id: 'lodging-note' }, msg('Connecticut Public Act 16-71 (2016) requires hotels, motels, inns and similar lodging to give all of their employees training on human trafficking every year.')),
        this.field('propertyName', this.input('text')),
        this.field('staffCount', this.input('number', { min: String(LIMITS.staffCount.min), max: String(LIMITS.staffCount.max), step: '1', inputmode: 'numeric' })),
      ),
      this.field('curriculumId', h('select', {})),
      this.field('estimatedAttendees', this.input('number', { min: String(LIMITS.estimatedAttendees.min), max: String(LIMITS.estimatedAttendees.max), step: '1', inputmode: 'numeric' })),
      format,
      dates,
      this.field('notes', h('textarea', { rows: '4' })),
      // A honeypot for bots: off screen, out of the tab order and hidden from assistive technology.
      h('div', { class: 'trap', 'aria-hidden': 'true' },
        h('label', { for: 'hart-website' }, msg('Leave this field empty')),
        this.input('text', { id: 'hart-website', name: 'hart-website', tabindex: '-1', autocomplete: 'off' })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', part: 'button', id: 'submit' })),
    );
    this.form.addEventListener('submit', (event) => void this.onSubmit(event));
    this.form.addEventListener('input', (event) => this.onInput(event));
    this.form.addEventListener('change', (event) => this.onInput(event));
    this.form.addEventListener('focusout', (event) => void this.onFocusOut(event));
    // Start loading the validator as soon as someone is in the form.
    this.form.addEventListener('focusin', () => void this.validation().catch(() => undefined), { once: true });

    this.status = h('p', { class: 'visually-hidden', role: 'status', id: 'status' });
    this.renderRoot.replaceChildren(
      h('section', { class: 'panel', part: 'container', 'aria-labelledby': 'title' },
        h('h2', { id: 'title', part: 'title' }, msg('Request a training from HART')),
        h('p', { id: 'intro' }, msg('HART, the Human Anti-trafficking Response Team at the Connecticut Department of Children and Families, trains groups across the state.')),
        h('div', { id: 'error-summary', class: 'error-summary', part: 'error-summary', tabindex: '-1', 'aria-labelledby': 'error-summary-title', hidden: '' }),
        this.form,
        h('div', { id: 'result', part: 'result', hidden: '' }),
        this.status,
      ),
    );
    this.applyPresets();
    for (const [id, value] of kept) {
      if (id === 'format') this.form.querySelectorAll<HTMLInputElement>('input[name="format"]').forEach((radio) => (radio.checked = radio.value === value));
      else if (this.control(id)) this.control(id)!.value = value;
    }
    this.fillCurricula();
  }

  /** Brings errors, the summary, lodging mode and the result panel in line with the state. */
  private refresh(): void {
    const form = this.form!;
    const lodging = this.lodging;
    (this.renderRoot.querySelector('#lodging') as HTMLElement).hidden = !lodging;

    const shownErrors: [FieldId, string][] = [];
    for (const id of FIELD_IDS) {
      const hidden = LODGING_FIELDS.includes(id) && !lodging;
      const message = !hidden && this.errors.has(id) ? (this.errors.get(id) ?? fieldError(id, this.value(id))) : '';
      if (message) shownErrors.push([id, message]);
      const error = this.renderRoot.querySelector<HTMLElement>(`#${id}-error`)!;
      error.hidden = !message;
      error.replaceChildren(...(message ? [h('span', { class: 'visually-hidden' }, msg('Error:')), ` ${message}`] : []));
      const described = [this.renderRoot.querySelector(`#${id}-hint`) && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ');
      // The format radios share one error, which their fieldset points to.
      const radios = id === 'format' ? [...form.querySelectorAll('input[name="format"]')] : [];
      for (const control of radios.length ? radios : [this.control(id)!]) setAttribute(control, 'aria-invalid', message && 'true');
      setAttribute(radios.length ? this.renderRoot.querySelector('#format-field')! : this.control(id)!, 'aria-describedby', described);
    }

    const summary = this.renderRoot.querySelector<HTMLElement>('#error-summary')!;
    const { serverMessage } = this.summary;
    if (this.summary.shown && !shownErrors.length && !serverMessage) this.summary = { shown: false };
    summary.hidden = !this.summary.shown;
    summary.replaceChildren(
      ...(this.summary.shown
        ? [h('h3', { id: 'error-summary-title' }, serverMessage ? msg('The request was not accepted') : msg('There is a problem')),
            serverMessage && h('p', {}, msg(str`The server said: ${serverMessage}`)),
            h('ul', {}, ...shownErrors.map(([id, message]) => {
              const link = h('a', { href: `#${id}` }, message);
              link.addEventListener('click', (event) => {
                event.preventDefault();
                const target = id === 'format' ? form.querySelector<HTMLElement>('input[name="format"]') : this.control(id);
                target?.focus();
                target?.scrollIntoView?.({ block: 'center' });
              });
              return h('li', {}, link);
            }))]
        : []
      ).filter((child): child is HTMLHeadingElement | HTMLUListElement => !!child),
    );

    const submit = this.renderRoot.querySelector<HTMLButtonElement>('#submit')!;
    const sending = this.phase === 'sending';
    submit.textContent = sending ? msg('Sending…') : this.endpointUrl ? msg('Send the request') : msg('Prepare the email to HART');
    setAttribute(submit, 'aria-disabled', sending && 'true');
    form.setAttribute('aria-busy', String(sending));

    const showingResult = this.phase === 'sent' || this.phase === 'queued' || this.phase === 'mailto';
    form.hidden = showingResult;
    const result = this.renderRoot.querySelector<HTMLElement>('#result')!;
    result.hidden = !showingResult;
    result.replaceChildren(...(showingResult ? this.renderResult() : []).filter((child): child is Node | string => !!child));
  }

  private renderResult(): Child[] {
    const heading = (text: string) => h('h3', { id: 'result-heading', tabindex: '-1' }, text);
    const another = this.button(msg('Make another request'), () => this.reset(), { class: 'secondary' });
    const reference = this.reference && h('p', {}, msg('Your reference:'), ' ', h('strong', { id: 'reference' }, this.reference));
    if (this.phase === 'sent') {
      return [
        heading(msg('Request sent')),
        reference,
        h('p', {}, msg('HART will reply by email. Keep the reference in case you need to ask about this request.')),
        h('div', { class: 'actions' }, another),
      ];
    }
    if (this.phase === 'queued') {
      return [
        heading(msg('Saved on this device')),
        h('p', {}, msg('Your request could not be sent just now. It is saved on this device and will be sent automatically when you are back online or open this page again.')),
        reference,
        h('div', { class: 'actions' }, another),
      ];
    }
    const email = this.email!;
    const text = h('textarea', { id: 'email-text', readonly: '', rows: '12' });
    text.value = `${email.subject}\n\n${email.body}`;
    return [
      heading(msg('Send your request by email')),
      h('p', {}, msg(str`Your email app will open with the request filled in, addressed to ${email.to}. If it does not, copy the text below and email it to ${email.to}.`)),
      h('div', { class: 'actions' },
        h('a', { class: 'primary', part: 'button', href: email.href, id: 'mailto' }, msg('Open in your email app')),
        this.button(msg('Copy the text'), () => void this.copyEmail(), { class: 'secondary', id: 'copy' })),
      h('div', { class: 'field' }, h('label', { for: 'email-text' }, msg('Email text')), text),
      h('div', { class: 'actions' },
        this.button(msg('Change the request'), () => {
          this.phase = 'form';
          this.focusTarget = '#organization';
          this.requestUpdate();
        }, { class: 'secondary', id: 'edit' }),
        another),
    ];
  }
}
