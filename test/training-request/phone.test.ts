// Issue #23, "The form": a hotel manager fills the form on a phone (touch taps, 320×568 and
// 375×667) and at a desk (1280×800), in English and Spanish.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, tap } from '../support/commands.js';
import type { HartTrainingRequest } from '../../packages/elements/src/training-request/training-request.js';
import { HART_EMAIL } from '../../packages/sdk/src/data/contacts.js';
import { curriculumChoices } from '../../packages/sdk/src/data/curricula.js';
import { audiences } from '../../packages/sdk/src/data/training.js';
import { PHONES, leavePhone, openOnPhone, settle, tapInView, type Screen } from '../support/phone.js';
import { $, VALID, control, fill, focused, root, text, valueOf } from './form-helpers.js';

const SCREENS: Screen[] = [...PHONES, { width: 1280, height: 800 }];

/**
 * The partner's page on `screen`: some text, the form (the `mailto` default), more text. Taps are
 * all the tests need of a phone: they run in every engine, touch media emulated or not.
 */
async function partnerPage(
  test: Mocha.Context,
  lang: 'en' | 'es',
  screen: Screen,
  template = html`<hart-training-request></hart-training-request>`,
) {
  const page = await openOnPhone<HTMLElement>(
    test,
    lang,
    screen,
    html`<div><p style="margin: 0 0 16px">Our hotel association's training page.</p>${template}<p style="min-height: 400px">More of the page.</p></div>`,
    { touchMedia: 'optional' },
  );
  const el = page.querySelector<HartTrainingRequest>('hart-training-request')!;
  return { page, el };
}

describe('the form on a phone (issue #23)', () => {
  afterEach(leavePhone);

  for (const lang of ['en', 'es'] as const) {
    for (const screen of SCREENS) {
      const at = `${lang} ${screen.width}×${screen.height}`;

      it(`${at}: after correcting the attendee count an error was shown for, one tap on "In person" chooses it, and nothing moves under the finger`, async function () {
        this.timeout(30000); // taps and key presses are round trips to the browser
        const { page, el } = await partnerPage(this, lang, screen);
        const { format: _format, ...allButFormat } = VALID;
        await fill(el, { ...allButFormat, estimatedAttendees: '0' });
        await tapInView($(el, '#submit')!);
        await waitUntil(() => !$(el, '#estimatedAttendees-error')!.hidden, `${at}: no error for the attendee count`, {
          timeout: 10000,
        });
        expect(text(el, '#estimatedAttendees-error'), at).to.contain(lang === 'en' ? 'attendees' : 'asistentes');
        // The person taps the count, corrects it, and taps "In person" below it.
        await tapInView(control(el, 'estimatedAttendees'));
        expect(focused(el)?.id, `${at}: the tap focused the count`).to.equal('estimatedAttendees');
        await sendKeys({ press: 'End' });
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ type: '25' });
        const radio = control(el, 'format-in-person');
        // Not tapInView: where "In person" is just before the finger lands is what the test measures.
        radio.scrollIntoView({ block: 'center' });
        await settle();
        const before = radio.getBoundingClientRect();
        await tap(radio);
        await settle();
        const after = radio.getBoundingClientRect();
        console.log(
          `form tap ${at}: "In person" top ${before.top.toFixed(1)} px before the tap, ${after.top.toFixed(1)} px after (${(after.top - before.top).toFixed(1)} px); chosen by the tap: ${radio.checked}`,
        );
        // Before the fix it moved 52 px (28 px at 1280); Firefox may snap the scroll position by 1 px.
        expect(
          Math.abs(after.top - before.top),
          `${at}: "In person" moved under the finger (top ${before.top.toFixed(1)} → ${after.top.toFixed(1)} px)`,
        ).to.be.at.most(1);
        expect(radio.checked, `${at}: one tap chose "In person"`).to.equal(true);
        expect(valueOf(el, 'format')).to.equal('in-person');
        await expect(el).to.be.accessible();
        page.remove();
      });

      it(`${at}: the last step of the email default says the request is not sent yet, offers "Open in your email app" and "Copy the email" as equals, and shows HART's address`, async function () {
        this.timeout(30000);
        const { page, el } = await partnerPage(this, lang, screen);
        await fill(el, VALID);
        await tapInView($(el, '#submit')!);
        await waitUntil(() => !$(el, '#result')!.hidden, `${at}: no email step`, { timeout: 10000 });
        const said = text(el, '#result');
        expect(said, `${at}: no promise that the email app opens`).not.to.match(/will open|se abrirá/);
        expect(said, `${at}: says it is not sent yet`).to.contain(
          lang === 'en' ? 'Your request has not been sent yet.' : 'Su solicitud todavía no se ha enviado.',
        );
        // The two ways are the first actions, side by side as equals: same look, same height.
        const first = $(el, '#result .actions')!;
        const actions = [...first.querySelectorAll<HTMLElement>('a, button')];
        expect(
          actions.map((a) => a.id),
          at,
        ).to.deep.equal(['mailto', 'copy']);
        expect(
          actions.map((a) => a.textContent!.trim()),
          at,
        ).to.deep.equal(
          lang === 'en'
            ? ['Open in your email app', 'Copy the email']
            : ['Abrir en su aplicación de correo', 'Copiar el correo'],
        );
        const [open, copy] = actions.map((a) => getComputedStyle(a));
        expect([copy!.backgroundColor, copy!.color, copy!.borderColor], `${at}: the same look`).to.deep.equal([
          open!.backgroundColor,
          open!.color,
          open!.borderColor,
        ]);
        const [openBox, copyBox] = actions.map((a) => a.getBoundingClientRect());
        expect(Math.round(copyBox!.height), `${at}: the same height`).to.equal(Math.round(openBox!.height));
        expect(openBox!.height, `${at}: a 44 px target`).to.be.at.least(44);
        // HART's address, to write to by hand, as text a person can read and select.
        const address = $(el, '#hart-address')!;
        expect(address.textContent!.trim(), at).to.equal(HART_EMAIL);
        expect(address.getBoundingClientRect().right, `${at}: the address fits on screen`).to.be.at.most(innerWidth);
        expect(text(el, '#result'), at).to.contain(
          lang === 'en' ? 'write to HART yourself' : 'escriba usted mismo a HART',
        );
        await expect(el).to.be.accessible();
        page.remove();
      });
    }

    it(`${lang} 320×568: every audience and every training is seen whole, not cut off`, async function () {
      const { page, el } = await partnerPage(
        this,
        lang,
        PHONES[0],
        html`<hart-training-request audience="lodging-staff"></hart-training-request>`,
      );
      const cut: string[] = [];
      const check = (name: string, names: string[]) => {
        const select = $<HTMLSelectElement>(el, `select#${name}`);
        if (select) {
          // A closed select shows its chosen option on one line: measure that line against the box.
          const style = getComputedStyle(select);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
          for (const shown of names) if (context.measureText(shown).width > room) cut.push(`${name}: ${shown}`);
          return;
        }
        const labels = [
          ...root(el).querySelectorAll<HTMLLabelElement>(
            `input[name="${name}"] + label, input[name="${name}"] ~ label`,
          ),
        ];
        expect(labels.map((l) => l.textContent!.trim()).sort(), `${name}: every option offered`).to.deep.equal(
          [...names].sort(),
        );
        for (const label of labels) {
          const box = label.getBoundingClientRect();
          if (label.scrollWidth > label.clientWidth + 1 || box.right > innerWidth || box.left < 0)
            cut.push(`${name}: ${label.textContent!.trim()}`);
        }
      };
      check(
        'audience',
        audiences.map((a) => a.name[lang]),
      );
      check(
        'curriculumId',
        curriculumChoices.map((c) => c.title[lang]),
      );
      expect(cut, `${lang}: cut off at 320 px`).to.deep.equal([]);
      await expect(el).to.be.accessible();
      page.remove();
    });
  }
});
