import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-training-request.js';
import type { HartTrainingRequest } from '../../packages/elements/src/training-request/training-request.js';
import { connecticutTowns } from '../../packages/sdk/src/data/towns.js';
import { audiences, curricula } from '../../packages/sdk/src/data/training.js';
import { todayIso } from '../../packages/sdk/src/schema/constants.js';
import { trainingRequestExamples } from '../../stories/examples.js';
import { setPageLang } from '../support/locale.js';
import {
  $,
  VALID,
  releaseHeld,
  control,
  describedBy,
  endpointForm,
  fill,
  focused,
  form,
  labelOf,
  root,
  script,
  submit,
  text,
  valueOf,
  useFormTestPage,
} from './form-helpers.js';

describe('<hart-training-request>: the form, and its state across a language switch', () => {
  useFormTestPage();

  describe('the form', () => {
    it('labels every control, with a hint, and suggests the 169 towns and the 13 audiences', async () => {
      const el = await form();
      expect(text(el, 'h2')).to.equal('Request a training from HART');
      for (const [id, label] of [
        ['organization', 'Organization'],
        ['contactName', 'Your name'],
        ['email', 'Email address'],
        ['phone', 'Phone number (optional)'],
        ['town', 'Town'],
        ['estimatedAttendees', 'Estimated number of attendees'],
        ['notes', 'Notes (optional)'],
        ['preferredDates-0', 'Date 1'],
        ['preferredDates-1', 'Date 2'],
        ['preferredDates-2', 'Date 3'],
        ['format-in-person', 'In person'],
        ['format-virtual', 'Virtual'],
      ]) {
        expect(labelOf(el, id!), id).to.equal(label);
      }
      expect(describedBy(el, 'email')).to.equal('HART will reply to this address.');
      expect(text(el, '#format-field legend')).to.equal('Format');
      expect(text(el, '#curriculumId-field legend')).to.equal('Training');
      expect(text(el, '#preferredDates-field legend')).to.equal('Preferred dates (optional)');
      expect(control(el, 'email').type).to.equal('email');
      expect(control(el, 'email').autocomplete).to.equal('email');
      expect(control(el, 'preferredDates-0').min).to.equal(todayIso());
      // The suggestions arrive with the validator, at idle after the first render.
      await waitUntil(() => root(el).querySelectorAll('#towns option').length > 0, 'the towns were never suggested', {
        timeout: 5000,
      });
      const towns = [...root(el).querySelectorAll<HTMLOptionElement>('#towns option')].map((o) => o.value);
      expect(towns).to.deep.equal([...connecticutTowns]);
      expect(control(el, 'town').getAttribute('list')).to.equal('towns');
      const audienceOptions = [...root(el).querySelectorAll<HTMLInputElement>('input[name="audience"]')].map(
        (o) => o.value,
      );
      expect(audienceOptions).to.have.length(13);
      expect(new Set(audienceOptions)).to.deep.equal(new Set(audiences.map((a) => a.id)));
      expect(labelOf(el, 'audience-lodging-staff')).to.equal('Lodging Staff');
      expect(text(el, '#audience-field legend')).to.equal('Who the training is for');
      expect(root(el).querySelectorAll('input[name="curriculumId"]')).to.have.length(curricula.length);
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
      expect(labelOf(el, 'audience-lodging-staff')).to.equal('Personal de hoteles y alojamientos');
      const visible = root(el).querySelector('section')!.innerText;
      for (const english of [
        'Organization',
        'Your name',
        'Email address',
        'Who the training is for',
        'Estimated number',
        'Preferred dates',
        'required unless',
        'Choose a training',
        'In person',
      ]) {
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
      const el = await form(
        html`<hart-training-request audience="first-responders" curriculum="intro-labor-trafficking"></hart-training-request>`,
      );
      expect(valueOf(el, 'audience')).to.equal('first-responders');
      expect(valueOf(el, 'curriculumId')).to.equal('intro-labor-trafficking');
      const groups = [...root(el).querySelectorAll('#curriculumId-field [role="group"]')];
      expect(groups.map((g) => text(el, `#${g.getAttribute('aria-labelledby')}`))).to.deep.equal([
        'Suggested for this audience',
        'Other trainings',
      ]);
      const suggested = [...groups[0]!.querySelectorAll('input')].map((o) => o.value);
      expect(suggested).to.deep.equal(
        curricula.filter((c) => c.audiences.includes('first-responders')).map((c) => c.id),
      );
    });
  });

  describe('state survives a re-render (the language changes mid-interaction)', () => {
    it("while typing: keeps the value and the caret's field; the next check is in the new language", async () => {
      const el = await form();
      control(el, 'email').focus();
      await sendKeys({ type: 'ana@' });
      await setPageLang('es');
      expect(labelOf(el, 'email')).to.equal('Correo electrónico');
      expect(focused(el)?.id, 'focus stays in the field').to.equal('email');
      expect(control(el, 'email').value).to.equal('ana@');
      await submit(el);
      expect(text(el, '#email-error')).to.equal(
        'Error: Escriba un correo electrónico con el formato correcto, por ejemplo nombre@ejemplo.com',
      );
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
      expect(valueOf(el, 'curriculumId')).to.equal(VALID.curriculumId);
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
      for (const [id, value] of Object.entries({ ...VALID, notes: 'Evenings only' }))
        expect(valueOf(el, id), id).to.equal(value);
    });

    it('while sending, and once sent: keeps focus and the reference', async () => {
      // Held by the endpoint until released: "while sending" does not depend on how fast it answers.
      await script(['held']);
      const el = await endpointForm();
      const submitButton = $<HTMLButtonElement>(el, '#submit')!;
      submitButton.focus();
      submitButton.click();
      await setPageLang('es');
      expect(text(el, '#submit')).to.equal('Enviando…');
      expect(focused(el)?.id, 'still on the button while sending').to.equal('submit');
      await releaseHeld();
      await waitUntil(() => text(el, '#result-heading') === 'Solicitud enviada', 'not sent');
      expect(focused(el)?.id).to.equal('result-heading');
      await setPageLang('en');
      expect(focused(el)?.id).to.equal('result-heading');
      expect(text(el, '#reference')).to.equal('HART-1');
    });
  });
});
