import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateOrSkip, executeServerCommand, sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-training-request.js';
import '../../packages/elements/src/hart-help-banner.js';
import { HartTrainingRequest } from '../../packages/elements/src/training-request/training-request.js';
import type { HartTrainingRequestQueuedEvent, HartTrainingRequestSentEvent, HartTrainingRequestSubmitEvent } from '../../packages/elements/src/training-request/events.js';
import type { HartErrorEvent } from '../../packages/elements/src/shared/events.js';
import { connecticutTowns } from '../../packages/sdk/src/data/towns.js';
import { audiences, curricula } from '../../packages/sdk/src/data/training.js';
import { OUTBOX_KEY } from '../../packages/sdk/src/outbox.js';
import { todayIso } from '../../packages/sdk/src/schema/constants.js';
import { trainingRequestExamples } from '../../stories/examples.js';
import { captureConsole, watchExitNavigation } from '../support/quick-exit.js';
import { resetLocale, setPageLang } from '../support/locale.js';

const ENDPOINT = '/test-endpoint/requests';
/** Fast delivery for tests: the endpoint answers at once, so retries need not wait long. */
const FAST = { retries: 2, baseDelayMs: 20, timeoutMs: 2000 };

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => root(el).querySelector<T>(selector);
const text = (el: HTMLElement, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (el: HTMLElement) => root(el).activeElement;
const control = (el: HTMLElement, id: string) => $<HTMLInputElement>(el, `#${id}`)!;
/** The text a screen reader gets as the label of a control. */
const labelOf = (el: HTMLElement, id: string) => text(el, `label[for="${id}"]`);
const describedBy = (el: HTMLElement, id: string) =>
  (control(el, id).getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((ref) => text(el, `#${ref}`)).join(' | ');

async function script(answers: (number | 'hang' | '400-second-date')[]): Promise<void> {
  await fetch('/test-endpoint/script', { method: 'POST', body: JSON.stringify(answers) });
}
async function received(): Promise<{ key: string; body: Record<string, unknown> }[]> {
  return (await fetch('/test-endpoint/received')).json();
}
/** The browser fails every request to the endpoint (net::ERR_BLOCKED_BY_CLIENT), as when it cannot be reached. */
const setEndpointReachable = (reachable: boolean) => executeServerCommand('block-urls', { urls: reachable ? [] : ['*/test-endpoint/requests'] });

function future(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return todayIso(date);
}

/** Types into fields the way a browser reports it (input + change), without the keyboard. */
async function fill(el: HartTrainingRequest, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    if (id === 'format') {
      const radio = control(el, `format-${value}`);
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
      continue;
    }
    const field = control(el, id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await el.updateComplete;
}

const VALID = {
  organization: 'Hartford Public Library',
  contactName: 'Ana Rivera',
  email: 'ana@example.org',
  town: 'Hartford',
  audience: 'community-program-staff',
  curriculumId: 'intro-child-trafficking',
  estimatedAttendees: '25',
  format: 'in-person',
};

async function submit(el: HartTrainingRequest): Promise<void> {
  $<HTMLButtonElement>(el, '#submit')!.click();
  await waitUntil(() => el.shadowRoot && (!$(el, '#error-summary')!.hidden || !$(el, '#result')!.hidden || text(el, '#status')), 'nothing happened after submit', { timeout: 10000 });
  await el.updateComplete;
  await nextFrame();
}

async function form(template = html`<hart-training-request></hart-training-request>`): Promise<HartTrainingRequest> {
  const el = await fixture<HartTrainingRequest>(template);
  await el.updateComplete;
  return el;
}

async function endpointForm(extra: Partial<typeof FAST> = {}): Promise<HartTrainingRequest> {
  const el = await form(html`<hart-training-request endpoint=${ENDPOINT} .deliveryOptions=${{ ...FAST, ...extra }}></hart-training-request>`);
  await fill(el, VALID);
  return el;
}

describe('<hart-training-request>', () => {
  beforeEach(async () => {
    await script([]);
  });
  afterEach(async () => {
    await setEndpointReachable(true);
    await resetLocale();
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('the form', () => {
    it('labels every control, with a hint, and suggests the 169 towns and the 13 audiences', async () => {
      const el = await form();
      expect(text(el, 'h2')).to.equal('Request a training from HART');
      for (const [id, label] of [
        ['organization', 'Organization'], ['contactName', 'Your name'], ['email', 'Email address'], ['phone', 'Phone number (optional)'],
        ['town', 'Town'], ['audience', 'Who the training is for'], ['curriculumId', 'Training'],
        ['estimatedAttendees', 'Estimated number of attendees'], ['notes', 'Notes (optional)'],
        ['preferredDates-0', 'Date 1'], ['preferredDates-1', 'Date 2'], ['preferredDates-2', 'Date 3'],
        ['format-in-person', 'In person'], ['format-virtual', 'Virtual'],
      ]) {
        expect(labelOf(el, id!), id).to.equal(label);
      }
      expect(describedBy(el, 'email')).to.equal('HART will reply to this address.');
      expect(text(el, '#format-field legend')).to.equal('Format');
      expect(text(el, '#preferredDates-field legend')).to.equal('Preferred dates (optional)');
      expect(control(el, 'email').type).to.equal('email');
      expect(control(el, 'email').autocomplete).to.equal('email');
      expect(control(el, 'preferredDates-0').min).to.equal(todayIso());
      // The suggestions arrive with the validator, at idle after the first render.
      await waitUntil(() => root(el).querySelectorAll('#towns option').length > 0, 'the towns were never suggested', { timeout: 5000 });
      const towns = [...root(el).querySelectorAll<HTMLOptionElement>('#towns option')].map((o) => o.value);
      expect(towns).to.deep.equal([...connecticutTowns]);
      expect(control(el, 'town').getAttribute('list')).to.equal('towns');
      const audienceOptions = [...root(el).querySelectorAll<HTMLOptionElement>('#audience option')].map((o) => o.value).filter(Boolean);
      expect(audienceOptions).to.have.length(13);
      expect(new Set(audienceOptions)).to.deep.equal(new Set(audiences.map((a) => a.id)));
      expect(root(el).querySelectorAll('#curriculumId option[value]:not([value=""])')).to.have.length(curricula.length);
      // The honeypot is off screen, out of the tab order and hidden from assistive technology.
      const trap = control(el, 'hart-website');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).not.to.equal(null);
      expect($(el, '#lodging')!.hidden, 'lodging fields only for lodging staff').to.equal(true);
      await expect(el).to.be.accessible();
    });

    for (const example of trainingRequestExamples) {
      it(`example "${example.name}" (the markup in the docs and stories) is accessible in en and es`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.innerHTML = example.html;
        const el = wrapper.firstElementChild as HartTrainingRequest;
        await el.updateComplete;
        await expect(el).to.be.accessible();
        await setPageLang('es');
        await el.updateComplete;
        expect(text(el, 'h2')).to.equal('Solicite una capacitación a HART');
        await expect(el).to.be.accessible();
      });
    }

    it('is in Spanish on a Spanish page, with no English left, and still accessible', async () => {
      await setPageLang('es');
      const el = await form();
      await el.updateComplete;
      expect(text(el, 'h2')).to.equal('Solicite una capacitación a HART');
      expect(labelOf(el, 'organization')).to.equal('Organización');
      expect(labelOf(el, 'phone')).to.equal('Número de teléfono (opcional)');
      expect(labelOf(el, 'format-in-person')).to.equal('Presencial');
      expect(text(el, '#submit')).to.equal('Preparar el correo para HART');
      expect([...root(el).querySelectorAll<HTMLOptionElement>('#audience option')].map((o) => o.textContent)).to.include('Personal de hoteles y alojamientos');
      const visible = root(el).querySelector('section')!.innerText;
      for (const english of ['Organization', 'Your name', 'Email address', 'Who the training is for', 'Estimated number', 'Preferred dates', 'required unless', 'Choose a training', 'In person']) {
        expect(visible, english).not.to.contain(english);
      }
      await expect(el).to.be.accessible();
    });

    it('switches language live and keeps what was typed', async () => {
      const el = await form();
      await fill(el, { organization: 'Biblioteca', email: 'ana@example.org', format: 'virtual' });
      await setPageLang('es');
      await el.updateComplete;
      expect(labelOf(el, 'organization')).to.equal('Organización');
      expect(control(el, 'organization').value).to.equal('Biblioteca');
      expect(control(el, 'email').value).to.equal('ana@example.org');
      expect(control(el, 'format-virtual').checked).to.equal(true);
    });

    it('lists the curricula that fit the chosen audience first, and presets audience and curriculum from attributes', async () => {
      const el = await form(html`<hart-training-request audience="first-responders" curriculum="intro-labor-trafficking"></hart-training-request>`);
      expect(control(el, 'audience').value).to.equal('first-responders');
      expect(control(el, 'curriculumId').value).to.equal('intro-labor-trafficking');
      const groups = [...root(el).querySelectorAll('#curriculumId optgroup')];
      expect(groups.map((g) => g.getAttribute('label'))).to.deep.equal(['Suggested for this audience', 'Other trainings']);
      const suggested = [...groups[0]!.querySelectorAll('option')].map((o) => o.value);
      expect(suggested).to.deep.equal(curricula.filter((c) => c.audiences.includes('first-responders')).map((c) => c.id));
    });
  });

  describe('state survives a re-render (the language changes mid-interaction)', () => {
    it('while typing: keeps the value, the caret\'s field and the touched state', async () => {
      const el = await form();
      control(el, 'email').focus();
      await sendKeys({ type: 'ana@' });
      await setPageLang('es');
      expect(labelOf(el, 'email')).to.equal('Correo electrónico');
      expect(focused(el)?.id, 'focus stays in the field').to.equal('email');
      expect(control(el, 'email').value).to.equal('ana@');
      await sendKeys({ press: 'Tab' }); // the field was touched before the switch: it is checked on leaving
      await waitUntil(() => !$(el, '#email-error')!.hidden, 'no error on blur after the switch');
      expect(text(el, '#email-error')).to.equal('Error: Escriba un correo electrónico con el formato correcto, por ejemplo nombre@ejemplo.com');
    });

    it('with the error summary shown: keeps focus on it, and the errors follow the language', async () => {
      const el = await form();
      await fill(el, { ...VALID, email: '' });
      await submit(el);
      expect(focused(el)?.id).to.equal('error-summary');
      await setPageLang('es');
      expect(focused(el)?.id).to.equal('error-summary');
      expect(text(el, '#error-summary h3')).to.equal('Hay un problema');
      expect(text(el, '#error-summary a')).to.equal('Escriba su correo electrónico');
      expect(control(el, 'organization').value).to.equal(VALID.organization);
      expect(control(el, 'curriculumId').value).to.equal(VALID.curriculumId);
      expect(control(el, 'format-in-person').checked).to.equal(true);
    });

    it('with the email to HART shown: keeps focus on the heading, and "Change the request" still has every field', async () => {
      const el = await form();
      await fill(el, { ...VALID, notes: 'Evenings only' });
      await submit(el);
      expect(focused(el)?.id).to.equal('result-heading');
      await setPageLang('es');
      expect(focused(el)?.id).to.equal('result-heading');
      expect(text(el, '#result-heading')).to.equal('Envíe su solicitud por correo electrónico');
      $<HTMLButtonElement>(el, '#edit')!.click();
      await el.updateComplete;
      for (const [id, value] of Object.entries({ ...VALID, notes: 'Evenings only' })) {
        if (id === 'format') expect(control(el, 'format-in-person').checked).to.equal(true);
        else expect(control(el, id).value, id).to.equal(value);
      }
    });

    it('while sending, and once sent: keeps focus and the reference', async () => {
      await script([201]);
      const el = await endpointForm();
      const submitButton = $<HTMLButtonElement>(el, '#submit')!;
      submitButton.focus();
      submitButton.click();
      await setPageLang('es');
      expect(focused(el), 'still on the button while sending').to.equal(submitButton);
      await waitUntil(() => text(el, '#result-heading') === 'Solicitud enviada', 'not sent');
      expect(focused(el)?.id).to.equal('result-heading');
      await setPageLang('en');
      expect(focused(el)?.id).to.equal('result-heading');
      expect(text(el, '#reference')).to.equal('HART-1');
    });
  });

  describe('quick exit and errors a person can see', () => {
    it('offers quick exit as the first tab stop, in en and es', async () => {
      for (const lang of ['en', 'es']) {
        await setPageLang(lang);
        const before = document.createElement('button');
        before.textContent = 'before';
        document.body.prepend(before);
        try {
          const el = await form();
          before.focus();
          await sendKeys({ press: 'Tab' });
          expect(focused(el)?.getAttribute('part')).to.equal('exit-button');
          expect(focused(el)?.textContent).to.equal(lang === 'en' ? 'Quick exit' : 'Salida rápida');
          el.remove();
        } finally {
          before.remove();
        }
      }
    });

    it('quick exit in the form clears the outbox', async () => {
      const nav = watchExitNavigation();
      try {
        await script([500, 500]);
        const el = await endpointForm({ retries: 1 });
        await submit(el);
        await waitUntil(() => !!localStorage.getItem(OUTBOX_KEY));
        $<HTMLButtonElement>(el, '[part="exit-button"]')!.click();
        expect(nav.urls).to.have.length(1);
        expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
      } finally {
        nav.restore();
      }
    });

    it('the error summary is an alert: screen readers read its heading and list when it appears', async () => {
      const el = await form();
      await submit(el);
      const alert = $(el, '#error-summary [role="alert"]')!;
      expect(alert).not.to.equal(null);
      expect(alert.querySelector('h3')?.textContent).to.equal('There is a problem');
      expect(alert.querySelectorAll('li').length).to.be.greaterThan(0);
      expect($(el, '#error-summary')!.hasAttribute('aria-labelledby'), 'no name on a div without a role').to.equal(false);
    });

    it('marks an error with a visible "Error:" and a bar, which survive forced colours', async function () {
      const el = await form();
      await fill(el, { ...VALID, town: '' });
      await submit(el);
      const prefix = $(el, '#town-error .error-prefix')!;
      expect(prefix.textContent).to.equal('Error:');
      // What is seen, in sentence case: "ERROR:" at every field reads as shouting (issue #23).
      expect(prefix.innerText, 'seen in sentence case').to.equal('Error:');
      await setPageLang('es');
      await el.updateComplete;
      expect($(el, '#town-error .error-prefix')!.innerText, 'es: seen in sentence case').to.equal('Error:');
      await setPageLang('en');
      await el.updateComplete;
      const box = prefix.getBoundingClientRect();
      expect(box.width, '"Error:" is on screen, not only for screen readers').to.be.greaterThan(20);
      expect(getComputedStyle(prefix).clipPath === 'none' || getComputedStyle(prefix).clipPath === '').to.equal(true);
      expect(parseFloat(getComputedStyle($(el, '#town-field')!).borderInlineStartWidth)).to.be.greaterThan(2);
      expect(parseFloat(getComputedStyle($(el, '#email-field')!).borderInlineStartWidth), 'only on fields in error').to.equal(0);
      // With forced colours really on (a DevTools server command; emulateMedia's is dropped), the
      // prefix and the bar stay, and the bar takes the system's Mark colour, unlike a label.
      await emulateOrSkip(this, 'forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
        expect(prefix.getBoundingClientRect().width, '"Error:" still shown').to.be.greaterThan(20);
        const bar = getComputedStyle($(el, '#town-field')!);
        expect(parseFloat(bar.borderInlineStartWidth)).to.be.greaterThan(2);
        expect(bar.borderInlineStartStyle).to.equal('solid');
        expect(bar.borderInlineStartColor, 'the bar is not the text colour').not.to.equal(getComputedStyle($(el, '#town-field label')!).color);
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });
  });

  describe('lodging mode', () => {
    for (const locale of ['en', 'es'] as const) {
      it(`audience="lodging-staff" preselects the lodging curriculum, adds property name and staff count, and notes Public Act 16-71 (${locale})`, async () => {
        if (locale === 'es') await setPageLang('es');
        const el = await form(html`<hart-training-request audience="lodging-staff"></hart-training-request>`);
        expect(control(el, 'audience').value).to.equal('lodging-staff');
        expect(control(el, 'curriculumId').value).to.equal('intro-ht-lodging');
        expect($(el, '#lodging')!.hidden).to.equal(false);
        expect(text(el, '#lodging-note')).to.contain('16-71').and.contain(locale === 'en' ? 'every year' : 'cada año');
        expect(labelOf(el, 'propertyName')).to.equal(locale === 'en' ? 'Property name (optional)' : 'Nombre del establecimiento (opcional)');
        expect(labelOf(el, 'staffCount')).to.equal(locale === 'en' ? 'Number of staff (optional)' : 'Número de empleados (opcional)');
        await expect(el).to.be.accessible();
      });
    }

    it('sends the property name and staff count only while the audience is lodging staff', async () => {
      const el = await form(html`<hart-training-request audience="lodging-staff"></hart-training-request>`);
      await fill(el, { ...VALID, audience: 'lodging-staff', curriculumId: 'intro-ht-lodging', propertyName: 'Harbor Inn', staffCount: '40' });
      let submitted = oneEvent(el, 'hart-training-request-submit') as Promise<HartTrainingRequestSubmitEvent>;
      await submit(el);
      expect((await submitted).detail.request).to.include({ audience: 'lodging-staff', propertyName: 'Harbor Inn', staffCount: 40, curriculumId: 'intro-ht-lodging' });
      $<HTMLButtonElement>(el, '#edit')!.click();
      await el.updateComplete;
      await fill(el, { audience: 'school-staff' });
      expect($(el, '#lodging')!.hidden).to.equal(true);
      submitted = oneEvent(el, 'hart-training-request-submit') as Promise<HartTrainingRequestSubmitEvent>;
      await submit(el);
      const request = (await submitted).detail.request;
      expect(request.audience).to.equal('school-staff');
      expect(request).not.to.have.property('propertyName');
      expect(request).not.to.have.property('staffCount');
    });
  });

  describe('validation', () => {
    it('checks a field when it loses focus, only once it was changed, and links the message to the field', async () => {
      const el = await form();
      control(el, 'organization').focus();
      await sendKeys({ press: 'Tab' }); // through an untouched field: no error
      await el.updateComplete;
      expect($(el, '#organization-error')!.hidden).to.equal(true);
      control(el, 'email').focus();
      await sendKeys({ type: 'ana@' });
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => !$(el, '#email-error')!.hidden, 'no error on blur');
      expect(text(el, '#email-error')).to.equal('Error: Enter an email address in the correct format, like name@example.com');
      expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(describedBy(el, 'email')).to.contain('Enter an email address in the correct format');
      expect(focused(el)?.id, 'focus moved on, not taken back').to.equal('phone');
      control(el, 'email').focus();
      await sendKeys({ type: 'example.org' });
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => $(el, '#email-error')!.hidden, 'error not cleared');
      expect(control(el, 'email').hasAttribute('aria-invalid')).to.equal(false);
      expect(describedBy(el, 'email')).to.equal('HART will reply to this address.');
    });

    it('on submit, sends nothing while anything is invalid, and focuses an error summary that links to each field', async () => {
      const el = await form(html`<hart-training-request endpoint=${ENDPOINT}></hart-training-request>`);
      let submitEvents = 0;
      el.addEventListener('hart-training-request-submit', () => submitEvents++);
      await submit(el);
      expect(focused(el)?.id).to.equal('error-summary');
      expect(text(el, '#error-summary h3')).to.equal('There is a problem');
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('#error-summary a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#organization', '#contactName', '#email', '#town', '#audience', '#curriculumId', '#estimatedAttendees', '#format']);
      expect(links[0]!.textContent).to.equal('Enter the name of your organization');
      for (const id of ['organization', 'contactName', 'email', 'town', 'audience', 'curriculumId', 'estimatedAttendees', 'format-in-person', 'format-virtual']) {
        expect(control(el, id).getAttribute('aria-invalid'), id).to.equal('true');
      }
      expect($(el, '#format-field')!.getAttribute('aria-describedby')).to.equal('format-error');
      links[2]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(focused(el)?.id, 'the link moves focus to its field').to.equal('email');
      expect(submitEvents).to.equal(0);
      expect(await received()).to.have.length(0);
      await expect(el, 'error state').to.be.accessible();
    });

    const cases: [string, Record<string, string>, string, string][] = [
      ['organization', { organization: '' }, 'Enter the name of your organization', 'Escriba el nombre de su organización'],
      ['organization', { organization: 'x'.repeat(201) }, 'Organization must be 200 characters or fewer', 'Organización: 200 caracteres como máximo'],
      ['contactName', { contactName: ' ' }, 'Enter your name', 'Escriba su nombre'],
      ['contactName', { contactName: 'x'.repeat(121) }, 'Your name must be 120 characters or fewer', 'Su nombre: 120 caracteres como máximo'],
      ['email', { email: '' }, 'Enter your email address', 'Escriba su correo electrónico'],
      ['email', { email: 'ana.example.org' }, 'Enter an email address in the correct format, like name@example.com', 'Escriba un correo electrónico con el formato correcto, por ejemplo nombre@ejemplo.com'],
      ['phone', { phone: 'call me' }, 'Enter a phone number using digits, like 860-555-0123', 'Escriba un número de teléfono con dígitos, por ejemplo 860-555-0123'],
      ['town', { town: '' }, 'Enter your town', 'Escriba su municipio'],
      ['town', { town: 'x'.repeat(81) }, 'Town must be 80 characters or fewer', 'Municipio: 80 caracteres como máximo'],
      ['audience', { audience: '' }, 'Choose who the training is for', 'Elija para quién es la capacitación'],
      ['curriculumId', { curriculumId: '' }, 'Choose a training', 'Elija una capacitación'],
      ['propertyName', { audience: 'lodging-staff', propertyName: 'x'.repeat(201) }, 'Property name must be 200 characters or fewer', 'Nombre del establecimiento: 200 caracteres como máximo'],
      ['staffCount', { audience: 'lodging-staff', staffCount: '0' }, 'Enter the number of staff as a whole number from 1 to 10,000', 'Escriba el número de empleados como un número entero del 1 al 10 000'],
      ['estimatedAttendees', { estimatedAttendees: '' }, 'Enter how many people will attend', 'Escriba cuántas personas asistirán'],
      ['estimatedAttendees', { estimatedAttendees: '501' }, 'Enter a whole number of attendees from 1 to 500', 'Escriba un número entero de asistentes del 1 al 500'],
      ['estimatedAttendees', { estimatedAttendees: '2.5' }, 'Enter a whole number of attendees from 1 to 500', 'Escriba un número entero de asistentes del 1 al 500'],
      ['preferredDates-1', { 'preferredDates-1': '2020-01-01' }, 'Date 2 must be today or in the future', 'La fecha 2 debe ser hoy o una fecha futura'],
      ['notes', { notes: 'x'.repeat(2001) }, 'Notes must be 2,000 characters or fewer', 'Notas: 2000 caracteres como máximo'],
    ];
    for (const locale of ['en', 'es'] as const) {
      it(`gives every validation message in ${locale}`, async () => {
        if (locale === 'es') await setPageLang('es');
        for (const [field, values, en, es] of cases) {
          const el = await form();
          await fill(el, { ...VALID, ...values });
          await submit(el);
          const items = [...root(el).querySelectorAll('#error-summary a')].map((a) => [a.getAttribute('href'), a.textContent]);
          expect(items, `${field} ${JSON.stringify(values).slice(0, 60)}`).to.deep.equal([[`#${field}`, locale === 'en' ? en : es]]);
          expect(text(el, `#${field}-error`)).to.equal(`${locale === 'en' ? 'Error:' : 'Error:'} ${locale === 'en' ? en : es}`);
          if (locale === 'es') expect(text(el, '#error-summary h3')).to.equal('Hay un problema');
        }
        if (locale === 'es') {
          const el = await form();
          await submit(el);
          await expect(el, 'error state (es)').to.be.accessible();
        }
      });
    }
  });

  describe('without an endpoint: an email to HART', () => {
    it('can be completed with the keyboard alone, and composes the email with every field', async () => {
      const el = await form();
      const writes: string[] = [];
      const clipboard = navigator.clipboard;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void writes.push(t) } });
      try {
        control(el, 'organization').focus();
        const type = async (value: string) => {
          await sendKeys({ type: value });
          await sendKeys({ press: 'Tab' });
        };
        await type('Hartford Public Library');
        await type('Ana Rivera');
        await type('ana@example.org');
        await type('860-555-0123');
        await type('Hartford');
        expect(focused(el)?.id).to.equal('audience');
        await sendKeys({ type: 'Lodging' }); // a select picks by typing
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(control(el, 'audience').value).to.equal('lodging-staff');
        expect(focused(el)?.id, 'lodging fields come next').to.equal('propertyName');
        await type('Harbor Inn');
        await type('40');
        expect(focused(el)?.id).to.equal('curriculumId');
        expect(control(el, 'curriculumId').value).to.equal('intro-ht-lodging');
        await sendKeys({ press: 'Tab' });
        await type('30');
        expect(focused(el)?.id).to.equal('format-in-person');
        await sendKeys({ press: 'ArrowDown' }); // radio group: arrows choose
        expect(control(el, 'format-virtual').checked).to.equal(true);
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.id).to.equal('preferredDates-0');
        const date = future(30);
        const [y, m, d] = date.split('-');
        await sendKeys({ type: `${m}${d}${y}` });
        expect(control(el, 'preferredDates-0').value).to.equal(date);
        // Date fields take several Tab presses each (month, day, year): Tab on to the notes.
        const passed: string[] = [];
        for (let i = 0; i < 15 && focused(el)?.id !== 'notes'; i++) {
          await sendKeys({ press: 'Tab' });
          passed.push(focused(el)?.id ?? '');
        }
        expect([...new Set(passed)]).to.deep.equal(['preferredDates-0', 'preferredDates-1', 'preferredDates-2', 'notes']);
        expect(focused(el)?.id).to.equal('notes');
        await sendKeys({ type: 'Morning shift, about 2 hours.' });
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.id, 'the honeypot is skipped').to.equal('submit');
        expect(text(el, '#submit')).to.equal('Prepare the email to HART');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => !$(el, '#result')!.hidden, 'no email panel');
        await el.updateComplete;
        expect(focused(el)?.id).to.equal('result-heading');
        expect(text(el, '#result-heading')).to.equal('Send your request by email');
        const href = $<HTMLAnchorElement>(el, '#mailto')!.getAttribute('href')!;
        expect(href.startsWith('mailto:DCFHART@ct.gov?subject=')).to.equal(true);
        const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
        expect(params.get('subject')).to.equal('Training request: Hartford Public Library');
        const body = params.get('body')!;
        for (const line of [
          'Organization: Hartford Public Library', 'Your name: Ana Rivera', 'Email address: ana@example.org', 'Phone number: 860-555-0123',
          'Town: Hartford', 'Who the training is for: Lodging Staff', 'Training: Intro to Human Trafficking for Hotel/Motel/Lodging',
          'Property name: Harbor Inn', 'Number of staff: 40', 'Estimated number of attendees: 30', 'Format: Virtual',
          'Preferred dates: ', 'Notes: Morning shift, about 2 hours.',
        ]) {
          expect(body, line).to.contain(line);
        }
        expect($<HTMLTextAreaElement>(el, '#email-text')!.value).to.contain(body);
        await sendKeys({ press: 'Tab' }); // to the mailto link
        await sendKeys({ press: 'Tab' }); // to Copy
        expect(focused(el)?.id).to.equal('copy');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => text(el, '#status').startsWith('Copied'));
        expect(writes).to.have.length(1);
        expect(writes[0]).to.contain('Training request: Hartford Public Library').and.contain(body);
        await expect(el, 'email state').to.be.accessible();
      } finally {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
      }
    });

    it('writes the email in Spanish on a Spanish page, and "Change the request" keeps every field', async () => {
      await setPageLang('es');
      const el = await form();
      await fill(el, { ...VALID, 'preferredDates-0': '2099-12-03' });
      await submit(el);
      const params = new URLSearchParams($<HTMLAnchorElement>(el, '#mailto')!.getAttribute('href')!.split('?')[1]);
      expect(params.get('subject')).to.equal('Solicitud de capacitación: Hartford Public Library');
      expect(params.get('body')).to.contain('Modalidad: Presencial').and.contain('Fechas preferidas: 3 de diciembre de 2099').and.contain('Para quién es la capacitación: Personal de programas comunitarios');
      expect(text(el, '#result')).to.contain('DCFHART@ct.gov');
      await expect(el, 'email state (es)').to.be.accessible();
      $<HTMLButtonElement>(el, '#edit')!.click();
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('organization');
      expect(control(el, 'organization').value).to.equal(VALID.organization);
      expect(control(el, 'format-in-person').checked).to.equal(true);
      expect(control(el, 'preferredDates-0').value).to.equal('2099-12-03');
    });

    it('writes no storage, cookie or request when composing the email', async () => {
      const el = await form();
      await fill(el, VALID);
      await submit(el);
      expect($(el, '#result')!.hidden).to.equal(false);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(await received()).to.have.length(0);
    });

    it('lets the partner cancel the submit event and send the request itself', async () => {
      const el = await form(html`<hart-training-request endpoint=${ENDPOINT}></hart-training-request>`);
      await fill(el, VALID);
      el.addEventListener('hart-training-request-submit', (event) => event.preventDefault(), { once: true });
      const submitted = oneEvent(el, 'hart-training-request-submit') as Promise<HartTrainingRequestSubmitEvent>;
      $<HTMLButtonElement>(el, '#submit')!.click();
      const event = await submitted;
      expect(event.cancelable).to.equal(true);
      expect(event.detail.request).to.deep.include({ organization: VALID.organization, estimatedAttendees: 25, format: 'in-person', preferredDates: [], locale: 'en' });
      await nextFrame();
      expect($(el, '#result')!.hidden).to.equal(true);
      expect(await received()).to.have.length(0);
    });

    it('sends nothing when the honeypot is filled', async () => {
      const el = await form(html`<hart-training-request endpoint=${ENDPOINT}></hart-training-request>`);
      await fill(el, { ...VALID, 'hart-website': 'https://spam.example' });
      let events = 0;
      el.addEventListener('hart-training-request-submit', () => events++);
      await submit(el);
      expect(events).to.equal(0);
      expect(await received()).to.have.length(0);
    });
  });

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
        expect(got[0]!.key).to.equal(event.detail.idempotencyKey);
        expect(got[0]!.key).to.match(/^[0-9a-f-]{36}$/);
        expect(got[0]!.body).to.deep.equal(JSON.parse(JSON.stringify(event.detail.request)));
        expect(got[0]!.body).to.include({ organization: VALID.organization, locale });
        expect(event.detail.reference).to.equal('HART-1');
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
        expect(text(el, '#result-heading')).to.equal(locale === 'en' ? 'Saved on this device' : 'Guardada en este dispositivo');
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
      expect(delivered.detail.idempotencyKey).to.equal(detail.idempotencyKey);
      await waitUntil(() => text(el, '#result-heading') === 'Request sent');
      const got = await received();
      expect(got.map((r) => r.key)).to.deep.equal([detail.idempotencyKey, detail.idempotencyKey, detail.idempotencyKey, detail.idempotencyKey]);
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
      expect((await sent).detail.idempotencyKey).to.equal(detail.idempotencyKey);
      const got = await received();
      expect(got).to.have.length(1);
      expect(got[0]!.key).to.equal(detail.idempotencyKey);
      await waitUntil(() => text(el, '#result-heading') === 'Request sent');
      expect(text(el, '#reference')).to.equal('HART-1');
      window.dispatchEvent(new Event('online'));
      await new Promise((resolve) => setTimeout(resolve, 100));
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
      expect((await sent).detail.idempotencyKey).to.equal(idempotencyKey);
      await waitUntil(() => text(reopened, '#status') === 'A training request saved on this device has now been sent.');
      expect((await received()).map((r) => r.key)).to.deep.equal([idempotencyKey]);
      expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
    });

    it('drops a saved request another script tampered with, unsent, and tells the webmaster', async () => {
      await script([201]);
      const endpoint = new URL(ENDPOINT, location.href).href;
      localStorage.setItem(OUTBOX_KEY, JSON.stringify([
        { idempotencyKey: 'tampered-entry-1', endpoint, request: { organization: 'x', email: 'a@b.example?bcc=c@d.example' }, queuedAt: new Date().toISOString() },
      ]));
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

    it('shows the server\'s reasons on 400, keeps every field as typed, and tells the webmaster', async () => {
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
      expect(text(el, '#error-summary')).to.contain('The server said: Town is not in Connecticut').and.contain('not a Connecticut town');
      expect(text(el, '#town-error')).to.equal('Error: not a Connecticut town');
      expect(control(el, 'town').getAttribute('aria-invalid')).to.equal('true');
      for (const [id, value] of Object.entries({ ...VALID, notes: 'Evening session please', 'preferredDates-0': future(10) })) {
        if (id === 'format') expect(control(el, 'format-in-person').checked).to.equal(true);
        else expect(control(el, id).value, id).to.equal(value);
      }
      expect($(el, 'form')!.hidden).to.equal(false);
      expect(await received()).to.have.length(1);
      await expect(el, 'rejected state').to.be.accessible();
    });

    it('puts the endpoint\'s error for the second date on the box that holds it (dates in boxes 1 and 3)', async () => {
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
        expect((await queued).detail.stored).to.equal(false);
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
        const wrapper = await fixture<HTMLDivElement>(html`<div><hart-help-banner></hart-help-banner><hart-training-request endpoint=${ENDPOINT} .deliveryOptions=${{ ...FAST, retries: 1 }}></hart-training-request></div>`);
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

  describe('bad attributes', () => {
    it('reports an endpoint that is not https, and composes the email instead', async () => {
      const console = captureConsole('error');
      try {
        const el = document.createElement('hart-training-request');
        const error = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
        el.setAttribute('endpoint', 'http://partner.example/api');
        await fixture(html`<div></div>`).then((d) => d.append(el));
        const event = await error;
        expect(event.code).to.equal('invalid-attribute');
        expect(event.message).to.contain('endpoint="http://partner.example/api"').and.contain('https');
        expect(console.lines[0]).to.contain('<hart-training-request>');
        await el.updateComplete;
        expect(text(el, '#submit')).to.equal('Prepare the email to HART');
        await fill(el, VALID);
        await submit(el);
        expect(text(el, '#result-heading')).to.equal('Send your request by email');
      } finally {
        console.restore();
      }
    });

    it('reports an unknown audience or curriculum and keeps the form usable', async () => {
      const console = captureConsole('error');
      try {
        const errors: string[] = [];
        const wrapper = await fixture<HTMLDivElement>(html`<div @hart-error=${(e: HartErrorEvent) => errors.push(e.message)}><hart-training-request audience="pilots" curriculum="flying"></hart-training-request></div>`);
        const el = wrapper.querySelector('hart-training-request')!;
        await el.updateComplete;
        expect(errors).to.have.length(2);
        expect(errors[0]).to.contain('audience="pilots"').and.contain('lodging-staff');
        expect(errors[1]).to.contain('curriculum="flying"').and.contain('intro-ht-lodging');
        expect(control(el, 'audience').value).to.equal('');
        await fill(el, VALID);
        await submit(el);
        expect(text(el, '#result-heading')).to.equal('Send your request by email');
      } finally {
        console.restore();
      }
    });
  });
});
