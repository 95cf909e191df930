import { expect, html, oneEvent } from '@open-wc/testing';
import '../../packages/elements/src/hart-training-request.js';
import type { HartTrainingRequestSubmitEvent } from '../../packages/elements/src/training-request/events.js';
import { setPageLang } from '../support/locale.js';
import { $, VALID, fill, form, labelOf, submit, text, valueOf, useFormTestPage } from './form-helpers.js';

describe('<hart-training-request>: lodging mode (Public Act 16-71)', () => {
  useFormTestPage();

  describe('lodging mode', () => {
    for (const locale of ['en', 'es'] as const) {
      it(`audience="lodging-staff" preselects the lodging curriculum, adds property name and staff count, and notes Public Act 16-71 (${locale})`, async () => {
        if (locale === 'es') await setPageLang('es');
        const el = await form(html`<hart-training-request audience="lodging-staff"></hart-training-request>`);
        expect(valueOf(el, 'audience')).to.equal('lodging-staff');
        expect(valueOf(el, 'curriculumId')).to.equal('intro-ht-lodging');
        expect($(el, '#lodging')!.hidden).to.equal(false);
        expect(text(el, '#lodging-note'))
          .to.contain('16-71')
          .and.contain(locale === 'en' ? 'every year' : 'cada año');
        expect(labelOf(el, 'propertyName')).to.equal(
          locale === 'en' ? 'Property name (optional)' : 'Nombre del establecimiento (opcional)',
        );
        expect(labelOf(el, 'staffCount')).to.equal(
          locale === 'en' ? 'Number of staff (optional)' : 'Número de empleados (opcional)',
        );
        await expect(el).to.be.accessible();
      });
    }

    it('sends the property name and staff count only while the audience is lodging staff', async () => {
      const el = await form(html`<hart-training-request audience="lodging-staff"></hart-training-request>`);
      await fill(el, {
        ...VALID,
        audience: 'lodging-staff',
        curriculumId: 'intro-ht-lodging',
        propertyName: 'Harbor Inn',
        staffCount: '40',
      });
      let submitted = oneEvent(el, 'hart-training-request-submit') as Promise<HartTrainingRequestSubmitEvent>;
      await submit(el);
      expect((await submitted).request).to.include({
        audience: 'lodging-staff',
        propertyName: 'Harbor Inn',
        staffCount: 40,
        curriculumId: 'intro-ht-lodging',
      });
      $<HTMLButtonElement>(el, '#edit')!.click();
      await el.updateComplete;
      await fill(el, { audience: 'school-staff' });
      expect($(el, '#lodging')!.hidden).to.equal(true);
      submitted = oneEvent(el, 'hart-training-request-submit') as Promise<HartTrainingRequestSubmitEvent>;
      await submit(el);
      const request = (await submitted).request;
      expect(request.audience).to.equal('school-staff');
      expect(request).not.to.have.property('propertyName');
      expect(request).not.to.have.property('staffCount');
    });
  });
});
