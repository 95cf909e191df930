import type { Hotline } from '../schema/hotline.js';
import { HART_EMAIL } from './contacts.js';
import { t } from './text.js';

/** Numbers from the HART web page (2024), "What to do…". */
export const hotlines: Hotline[] = [
  {
    id: 'emergency-911',
    name: t('Emergency', 'Emergencias'),
    whenToUse: t(
      'You are not safe or someone is in danger right now: call or text.',
      'No está a salvo o alguien corre peligro ahora: llame o envíe un mensaje de texto.',
    ),
    phone: '911',
    sms: '911',
    hours: t('24/7', '24/7'),
  },
  {
    id: 'national-human-trafficking-hotline',
    name: t('National Human Trafficking Hotline', 'Línea Nacional contra la Trata de Personas'),
    whenToUse: t(
      'You or someone you know needs help or advice about trafficking.',
      'Usted o alguien que conoce necesita ayuda u orientación sobre la trata.',
    ),
    phone: '1-888-373-7888',
    sms: '233733',
    hours: t('24/7', '24/7'),
  },
  {
    id: 'dcf-careline',
    name: t('DCF Careline', 'Careline de DCF'),
    whenToUse: t(
      'You know of a child who is being victimized.',
      'Sabe de un niño, niña o adolescente que está siendo víctima.',
    ),
    phone: '1-800-842-2288',
    hours: t('24/7', '24/7'),
  },
  {
    id: 'dcf-hart-email',
    name: t('DCF HART team (email)', 'Equipo HART de DCF (correo electrónico)'),
    whenToUse: t(
      'Questions for HART, training requests and non-urgent contact. Not for emergencies.',
      'Preguntas para HART, solicitudes de capacitación y contacto no urgente. No es para emergencias.',
    ),
    email: HART_EMAIL,
  },
];
