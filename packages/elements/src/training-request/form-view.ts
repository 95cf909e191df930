import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Locale } from '@ct-hart/sdk/schema';
import {
  DATE_BOX_IDS,
  FIELDS,
  REQUEST_FIELDS,
  dateLabel,
  type FieldDescriptor,
  type FieldId,
  type FieldOption,
  type FormValues,
  type RequestField,
} from './fields.js';

/** What a control's view reads: the form's state, never the DOM. */
export interface FieldViewState {
  values: FormValues;
  locale: Locale;
  today: string;
  /** The message shown for a control now, '' for none. */
  errorFor: (id: FieldId) => string;
}

const optional = (descriptor: FieldDescriptor) =>
  descriptor.optional ? html`<span class="optional">${msg('(optional)')}</span>` : nothing;
const ids = (...refs: (string | false)[]) => refs.filter(Boolean).join(' ') || nothing;

/** A control's error paragraph: in the DOM (hidden when empty) so its id can be referred to. */
function errorView(id: FieldId, message: string) {
  return html`<p class="error" id=${`${id}-error`} ?hidden=${!message}>${message ? html`<span class="error-prefix">${msg('Error:')}</span> ${message}` : nothing}</p>`;
}

function hintView(id: string, descriptor: FieldDescriptor) {
  return descriptor.hint ? html`<p class="hint" id=${`${id}-hint`}>${descriptor.hint()}</p>` : nothing;
}

/** A text box, number or text area, labelled, with its hint and error. */
function boxView(
  state: FieldViewState,
  id: Exclude<RequestField, 'preferredDates'>,
  descriptor: FieldDescriptor,
): TemplateResult {
  const message = state.errorFor(id);
  const invalid = message ? 'true' : nothing;
  const describedBy = ids(!!descriptor.hint && `${id}-hint`, !!message && `${id}-error`);
  const { control, range } = descriptor;
  const box =
    control === 'textarea'
      ? html`<textarea id=${id} name=${id} rows="4" .value=${state.values[id]} aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`
      : html`<input type=${control} id=${id} name=${id} .value=${state.values[id]} ?required=${!descriptor.optional} aria-invalid=${invalid} aria-describedby=${describedBy}
          autocomplete=${descriptor.autocomplete ?? nothing} list=${id === 'town' ? 'towns' : nothing} spellcheck=${control === 'email' ? 'false' : nothing}
          min=${range?.min ?? nothing} max=${range?.max ?? nothing} step=${range ? '1' : nothing} inputmode=${range ? 'numeric' : nothing} />`;
  return html`<div class="field ${message ? 'invalid' : ''}" id=${`${id}-field`}>
    <label for=${id}>${descriptor.label()} ${optional(descriptor)}</label>
    ${hintView(id, descriptor)}${errorView(id, message)}${box}
  </div>`;
}

/**
 * A group of radios: every choice is seen whole, wrapping on a phone (a closed select cuts long
 * names off at 320 px: "Intro to Human Trafficking for Hotel/Mo…").
 */
function radiosView(
  state: FieldViewState,
  id: Exclude<RequestField, 'preferredDates'>,
  descriptor: FieldDescriptor,
): TemplateResult {
  const message = state.errorFor(id);
  const options = descriptor.options!(state.locale, state.values);
  const radio = (option: FieldOption) => html`<div class="choice">
    <input type="radio" id=${`${id}-${option.value}`} name=${id} .value=${option.value} .checked=${state.values[id] === option.value} required aria-invalid=${message ? 'true' : nothing} />
    <label for=${`${id}-${option.value}`}>${option.label}</label>
  </div>`;
  const group = (name: FieldOption['group'], caption: string) => {
    const members = options.filter((o) => o.group === name);
    return members.length
      ? html`<p class="group-caption" id=${`${id}-${name}`}>${caption}</p><div role="group" aria-labelledby=${`${id}-${name}`}>${members.map(radio)}</div>`
      : nothing;
  };
  return html`<fieldset class="field ${message ? 'invalid' : ''}" id=${`${id}-field`} aria-describedby=${ids(!!descriptor.hint && `${id}-hint`, !!message && `${id}-error`)}>
    <legend>${descriptor.label()}</legend>
    ${hintView(id, descriptor)}${errorView(id, message)}
    ${options.filter((o) => !o.group).map(radio)}
    ${group('suggested', msg('Suggested for this audience'))}${group('other', msg('Other trainings'))}
  </fieldset>`;
}

/** The preferred dates: one box per date the schema accepts, each with its own error. */
function datesView(state: FieldViewState, descriptor: FieldDescriptor): TemplateResult {
  return html`<fieldset class="field" id="preferredDates-field" aria-describedby="preferredDates-hint">
    <legend>${descriptor.label()} ${optional(descriptor)}</legend>
    ${hintView('preferredDates', descriptor)}
    <div class="dates">
      ${DATE_BOX_IDS.map((id) => {
        const message = state.errorFor(id);
        return html`<div class="date ${message ? 'invalid' : ''}">
          <label for=${id}>${dateLabel(id)}</label>
          ${errorView(id, message)}
          <input type="date" id=${id} name=${id} min=${state.today} .value=${state.values[id]} aria-invalid=${message ? 'true' : nothing} aria-describedby=${message ? `${id}-error` : nothing} />
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/** The control of a request field, as its descriptor says. */
export function fieldView(state: FieldViewState, id: RequestField): TemplateResult {
  const descriptor: FieldDescriptor = FIELDS[id];
  if (id === 'preferredDates') return datesView(state, descriptor);
  return descriptor.control === 'radios' ? radiosView(state, id, descriptor) : boxView(state, id, descriptor);
}

/** What the whole form reads besides its controls' state. */
export interface FormViewState extends FieldViewState {
  lodging: boolean;
  towns: readonly string[];
  honeypot: string;
  hidden: boolean;
  sending: boolean;
}

/**
 * The form: every request field in the table's order, the lodging fields in their own block with
 * the note on Public Act 16-71, the towns the Town field suggests, the honeypot and the submit button.
 */
export function formView(
  state: FormViewState,
  submitButton: TemplateResult,
  handlers: { onSubmit(event: Event): void; onInput(event: Event): void },
): TemplateResult {
  // Lit calls a listener with \`this\` the element that renders the template: the handlers are its methods.
  const lodgingFields = REQUEST_FIELDS.filter((id) => FIELDS[id].lodging);
  return html`<form novalidate part="form" aria-labelledby="title" aria-busy=${String(state.sending)} ?hidden=${state.hidden}
    @submit=${handlers.onSubmit} @input=${handlers.onInput} @change=${handlers.onInput}>
    ${REQUEST_FIELDS.map((id) =>
      id === lodgingFields[0]
        ? html`<div class="lodging" id="lodging" ?hidden=${!state.lodging}>
            <p class="note" id="lodging-note">${msg('Connecticut Public Act 16-71 (2016) requires hotels, motels, inns and similar lodging to give all of their employees training on human trafficking every year.')}</p>
            ${lodgingFields.map((lodgingField) => fieldView(state, lodgingField))}
          </div>`
        : lodgingFields.includes(id)
          ? nothing
          : fieldView(state, id),
    )}
    <datalist id="towns">${state.towns.map((town) => html`<option value=${town}></option>`)}</datalist>
    <div class="trap" aria-hidden="true">
      <label for="hart-website">${msg('Leave this field empty')}</label>
      <input type="text" id="hart-website" name="hart-website" tabindex="-1" autocomplete="off" .value=${state.honeypot} />
    </div>
    <div class="actions">${submitButton}</div>
  </form>`;
}
