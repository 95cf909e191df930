import { expect, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-training-request.js';
import type { HartTrainingRequestSubmitEvent } from '../../packages/elements/src/training-request/events.js';
import { HART_EMAIL } from '../../packages/sdk/src/data/contacts.js';

import { setPageLang } from '../support/locale.js';
import {
  $,
  ENDPOINT,
  VALID,
  control,
  fill,
  focused,
  form,
  future,
  received,
  submit,
  text,
  valueOf,
  useFormTestPage,
} from './form-helpers.js';

describe('<hart-training-request>: without an endpoint: an email to HART', () => {
  useFormTestPage();

  describe('without an endpoint: an email to HART', () => {
    it('can be completed with the keyboard alone, and composes the email with every field', async function () {
      this.timeout(30000); // some sixty key presses, each a round trip to the browser
      const el = await form();
      const writes: string[] = [];
      const clipboard = navigator.clipboard;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (t: string) => void writes.push(t) },
      });
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
        // The audiences are radios: Tab reaches the first, the arrows choose (Lodging Staff is the 9th).
        expect(focused(el)?.id).to.equal('audience-clinicians-providers');
        for (let i = 0; i < 8; i++) await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(valueOf(el, 'audience')).to.equal('lodging-staff');
        expect(focused(el)?.id, 'lodging fields come next').to.equal('propertyName');
        await type('Harbor Inn');
        await type('40');
        expect(focused(el)?.id, 'the training that fits is chosen, and Tab reaches it').to.equal(
          'curriculumId-intro-ht-lodging',
        );
        expect(valueOf(el, 'curriculumId')).to.equal('intro-ht-lodging');
        await sendKeys({ press: 'Tab' });
        await type('30');
        expect(focused(el)?.id).to.equal('format-in-person');
        await sendKeys({ press: 'ArrowDown' }); // radio group: arrows choose
        expect(control(el, 'format-virtual').checked).to.equal(true);
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.id).to.equal('preferredDates-0');
        const date = future(30);
        const [y, m, d] = date.split('-');
        // With its separators, as on a printed date: WebKit's date field moves to the day and the year
        // on a separator (not after two digits, as Chromium's and Firefox's also do).
        await sendKeys({ type: `${m}/${d}/${y}` });
        expect(control(el, 'preferredDates-0').value).to.equal(date);
        // Date fields take several Tab presses each (month, day, year): Tab on to the notes.
        const passed: string[] = [];
        for (let i = 0; i < 15 && focused(el)?.id !== 'notes'; i++) {
          await sendKeys({ press: 'Tab' });
          passed.push(focused(el)?.id ?? '');
        }
        // After the year, Chromium's and Firefox's first field keeps one more Tab stop; WebKit's ends
        // at the year, so Tab leaves it at once.
        expect([...new Set(passed)].filter((id) => id !== 'preferredDates-0')).to.deep.equal([
          'preferredDates-1',
          'preferredDates-2',
          'notes',
        ]);
        expect(focused(el)?.id).to.equal('notes');
        await sendKeys({ type: 'Morning shift, about 2 hours.' });
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.id, 'the honeypot is skipped').to.equal('submit');
        expect(text(el, '#submit')).to.equal('Prepare the email to HART');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => !$(el, '#result')!.hidden, 'no email panel', { timeout: 10000 });
        await el.updateComplete;
        expect(focused(el)?.id).to.equal('result-heading');
        expect(text(el, '#result-heading')).to.equal('Send your request by email');
        const href = $<HTMLAnchorElement>(el, '#mailto')!.getAttribute('href')!;
        expect(href.startsWith(`mailto:${HART_EMAIL}?subject=`)).to.equal(true);
        const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
        expect(params.get('subject')).to.equal('Training request: Hartford Public Library');
        const body = params.get('body')!;
        for (const line of [
          'Organization: Hartford Public Library',
          'Your name: Ana Rivera',
          'Email address: ana@example.org',
          'Phone number: 860-555-0123',
          'Town: Hartford',
          'Who the training is for: Lodging Staff',
          'Training: Intro to Human Trafficking for Hotel/Motel/Lodging',
          'Property name: Harbor Inn',
          'Number of staff: 40',
          'Estimated number of attendees: 30',
          'Format: Virtual',
          'Preferred dates: ',
          'Notes: Morning shift, about 2 hours.',
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
      expect(params.get('body'))
        .to.contain('Modalidad: Presencial')
        .and.contain('Fechas preferidas: 3 de diciembre de 2099')
        .and.contain('Para quién es la capacitación: Personal de programas comunitarios');
      expect(text(el, '#hart-address')).to.equal(HART_EMAIL);
      await expect(el, 'email state (es)').to.be.accessible();
      $<HTMLButtonElement>(el, '#edit')!.click();
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('organization');
      expect(control(el, 'organization').value).to.equal(VALID.organization);
      expect(valueOf(el, 'format')).to.equal('in-person');
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
      expect(event.request).to.deep.include({
        organization: VALID.organization,
        estimatedAttendees: 25,
        format: 'in-person',
        preferredDates: [],
        locale: 'en',
      });
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
});
