import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateOrSkip, executeServerCommand, sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-training-request.js';
import type { HartErrorEvent } from '../../packages/elements/src/shared/events.js';
import { OUTBOX_KEY } from '../../packages/sdk/src/outbox.js';
import { captureConsole, watchExitNavigation } from '../support/quick-exit.js';
import { setPageLang } from '../support/locale.js';
import {
  $,
  ENDPOINT,
  VALID,
  control,
  describedBy,
  endpointForm,
  fill,
  focused,
  form,
  received,
  root,
  script,
  submit,
  text,
  valueOf,
  useFormTestPage,
} from './form-helpers.js';

describe('<hart-training-request>: quick exit, errors a person can see, checks, bad attributes', () => {
  useFormTestPage();

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
      expect($(el, '#error-summary')!.hasAttribute('aria-labelledby'), 'no name on a div without a role').to.equal(
        false,
      );
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
      expect(
        parseFloat(getComputedStyle($(el, '#email-field')!).borderInlineStartWidth),
        'only on fields in error',
      ).to.equal(0);
      // With forced colours really on (a DevTools server command; emulateMedia's is dropped), the
      // prefix and the bar stay, and the bar takes the system's Mark colour, unlike a label.
      await emulateOrSkip(this, 'forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
        expect(prefix.getBoundingClientRect().width, '"Error:" still shown').to.be.greaterThan(20);
        const bar = getComputedStyle($(el, '#town-field')!);
        expect(parseFloat(bar.borderInlineStartWidth)).to.be.greaterThan(2);
        expect(bar.borderInlineStartStyle).to.equal('solid');
        expect(bar.borderInlineStartColor, 'the bar is not the text colour').not.to.equal(
          getComputedStyle($(el, '#town-field label')!).color,
        );
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });
  });

  describe('validation', () => {
    it('checks on submit only: leaving a field changes nothing on screen, and a message stays, linked to its field, until the next check', async () => {
      const el = await form();
      await fill(el, VALID);
      control(el, 'email').focus();
      await sendKeys({ press: 'End' });
      for (let i = 0; i < '.org'.length; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '@' });
      await sendKeys({ press: 'Tab' }); // leaving a wrong field shows nothing yet (GOV.UK: check on submit)
      await el.updateComplete;
      expect($(el, '#email-error')!.hidden, 'no error on leaving a field').to.equal(true);
      await submit(el);
      expect(text(el, '#email-error')).to.equal(
        'Error: Enter an email address in the correct format, like name@example.com',
      );
      expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(describedBy(el, 'email')).to.contain('Enter an email address in the correct format');
      // Corrected and left: the message stays where it is until the next check, so nothing moves.
      control(el, 'email').value = 'ana@example.org';
      control(el, 'email').dispatchEvent(new Event('input', { bubbles: true }));
      control(el, 'email').focus();
      // Where the next field sits in the form (the page may scroll to it; the form must not change).
      const phoneTop = () =>
        control(el, 'phone').getBoundingClientRect().top - $(el, 'form')!.getBoundingClientRect().top;
      const before = phoneTop();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect($(el, '#email-error')!.hidden, 'kept until the next check').to.equal(false);
      expect(phoneTop(), 'the next field did not move').to.equal(before);
      expect(focused(el)?.id).to.equal('phone');
      await submit(el);
      expect($(el, '#email-error')!.hidden, 'cleared by the next check').to.equal(true);
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
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        '#organization',
        '#contactName',
        '#email',
        '#town',
        '#audience',
        '#curriculumId',
        '#estimatedAttendees',
        '#format',
      ]);
      expect(links[0]!.textContent).to.equal('Enter the name of your organization');
      for (const name of [
        'organization',
        'contactName',
        'email',
        'town',
        'audience',
        'curriculumId',
        'estimatedAttendees',
        'format',
      ]) {
        for (const input of root(el).querySelectorAll(`[name="${name}"]`))
          expect(input.getAttribute('aria-invalid'), input.id).to.equal('true');
      }
      for (const group of ['audience', 'curriculumId', 'format'])
        expect($(el, `#${group}-field`)!.getAttribute('aria-describedby'), group).to.equal(`${group}-error`);
      links[2]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(focused(el)?.id, 'the link moves focus to its field').to.equal('email');
      expect(submitEvents).to.equal(0);
      expect(await received()).to.have.length(0);
      await expect(el, 'error state').to.be.accessible();
    });

    const cases: [string, Record<string, string>, string, string][] = [
      [
        'organization',
        { organization: '' },
        'Enter the name of your organization',
        'Escriba el nombre de su organización',
      ],
      [
        'organization',
        { organization: 'x'.repeat(201) },
        'Organization must be 200 characters or fewer',
        'Organización: 200 caracteres como máximo',
      ],
      ['contactName', { contactName: ' ' }, 'Enter your name', 'Escriba su nombre'],
      [
        'contactName',
        { contactName: 'x'.repeat(121) },
        'Your name must be 120 characters or fewer',
        'Su nombre: 120 caracteres como máximo',
      ],
      ['email', { email: '' }, 'Enter your email address', 'Escriba su correo electrónico'],
      [
        'email',
        { email: 'ana.example.org' },
        'Enter an email address in the correct format, like name@example.com',
        'Escriba un correo electrónico con el formato correcto, por ejemplo nombre@ejemplo.com',
      ],
      [
        'phone',
        { phone: 'call me' },
        'Enter a phone number using digits, like 860-555-0123',
        'Escriba un número de teléfono con dígitos, por ejemplo 860-555-0123',
      ],
      ['town', { town: '' }, 'Enter your town', 'Escriba su municipio'],
      ['town', { town: 'x'.repeat(81) }, 'Town must be 80 characters or fewer', 'Municipio: 80 caracteres como máximo'],
      ['audience', { audience: '' }, 'Choose who the training is for', 'Elija para quién es la capacitación'],
      ['curriculumId', { curriculumId: '' }, 'Choose a training', 'Elija una capacitación'],
      [
        'propertyName',
        { audience: 'lodging-staff', propertyName: 'x'.repeat(201) },
        'Property name must be 200 characters or fewer',
        'Nombre del establecimiento: 200 caracteres como máximo',
      ],
      [
        'staffCount',
        { audience: 'lodging-staff', staffCount: '0' },
        'Enter the number of staff as a whole number from 1 to 10,000',
        'Escriba el número de empleados como un número entero del 1 al 10 000',
      ],
      [
        'estimatedAttendees',
        { estimatedAttendees: '' },
        'Enter how many people will attend',
        'Escriba cuántas personas asistirán',
      ],
      [
        'estimatedAttendees',
        { estimatedAttendees: '501' },
        'Enter a whole number of attendees from 1 to 500',
        'Escriba un número entero de asistentes del 1 al 500',
      ],
      [
        'estimatedAttendees',
        { estimatedAttendees: '2.5' },
        'Enter a whole number of attendees from 1 to 500',
        'Escriba un número entero de asistentes del 1 al 500',
      ],
      [
        'preferredDates-1',
        { 'preferredDates-1': '2020-01-01' },
        'Date 2 must be today or in the future',
        'La fecha 2 debe ser hoy o una fecha futura',
      ],
      [
        'notes',
        { notes: 'x'.repeat(2001) },
        'Notes must be 2,000 characters or fewer',
        'Notas: 2000 caracteres como máximo',
      ],
    ];
    for (const locale of ['en', 'es'] as const) {
      it(`gives every validation message in ${locale}`, async function () {
        this.timeout(30000); // eighteen forms, each filled and submitted
        if (locale === 'es') await setPageLang('es');
        for (const [field, values, en, es] of cases) {
          const el = await form();
          await fill(el, { ...VALID, ...values });
          await submit(el);
          const items = [...root(el).querySelectorAll('#error-summary a')].map((a) => [
            a.getAttribute('href'),
            a.textContent,
          ]);
          expect(items, `${field} ${JSON.stringify(values).slice(0, 60)}`).to.deep.equal([
            [`#${field}`, locale === 'en' ? en : es],
          ]);
          expect(text(el, `#${field}-error`)).to.equal(
            `${locale === 'en' ? 'Error:' : 'Error:'} ${locale === 'en' ? en : es}`,
          );
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
        const wrapper = await fixture<HTMLDivElement>(
          html`<div @hart-error=${(e: HartErrorEvent) => errors.push(e.message)}><hart-training-request audience="pilots" curriculum="flying"></hart-training-request></div>`,
        );
        const el = wrapper.querySelector('hart-training-request')!;
        await el.updateComplete;
        expect(errors).to.have.length(2);
        expect(errors[0]).to.contain('audience="pilots"').and.contain('lodging-staff');
        expect(errors[1]).to.contain('curriculum="flying"').and.contain('intro-ht-lodging');
        expect(valueOf(el, 'audience')).to.equal('');
        await fill(el, VALID);
        await submit(el);
        expect(text(el, '#result-heading')).to.equal('Send your request by email');
      } finally {
        console.restore();
      }
    });
  });
});
