import type { Quiz } from '../../schema/quiz.js';
import { DHS_BLUE_CAMPAIGN, HART_PUBLIC_ACTS, HART_WHAT_TO_DO, NHTH_SIGNS } from '../sources.js';
import { t } from '../text.js';
import { choices } from './choices.js';

export const quiz: Quiz = {
  id: 'lodging-red-flags',
  audience: 'lodging-staff',
  title: t('Red flags for hotel and motel staff', 'Señales de alerta para el personal de hoteles y moteles'),
  description: t(
    'Eight questions for front desk, housekeeping and security staff. Connecticut law requires lodging staff to be trained every year.',
    'Ocho preguntas para el personal de recepción, limpieza y seguridad. La ley de Connecticut exige que el personal de alojamiento se capacite cada año.',
  ),
  questions: [
    {
      id: 'annual-training',
      prompt: t(
        'How often does Connecticut law require hotels, motels and inns to train all employees on trafficking?',
        '¿Con qué frecuencia exige la ley de Connecticut que hoteles, moteles y posadas capaciten a todo su personal sobre la trata?',
      ),
      choices: choices(
        ['Once, when hired', 'Una vez, al contratarlos'],
        ['Every year', 'Cada año'],
        ['Only managers need training', 'Solo los gerentes necesitan capacitación'],
      ),
      correct: ['b'],
      explanation: t(
        'Public Act 16-71 requires lodging to provide trafficking training and awareness to all employees annually.',
        'La Ley Pública 16-71 exige a los alojamientos dar capacitación y concientización sobre la trata a todo el personal cada año.',
      ),
      source: HART_PUBLIC_ACTS,
    },
    {
      id: 'receipts',
      prompt: t(
        'Under the same law, how long must lodging keep guest transactions and receipts?',
        'Según la misma ley, ¿cuánto tiempo deben conservar los alojamientos las transacciones y recibos de los huéspedes?',
      ),
      choices: choices(
        ['At least 6 months', 'Al menos 6 meses'],
        ['30 days', '30 días'],
        ['There is no rule', 'No hay ninguna norma'],
      ),
      correct: ['a'],
      explanation: t(
        'Public Act 16-71 requires keeping guest transactions and receipts for at least 6 months.',
        'La Ley Pública 16-71 exige conservar las transacciones y recibos de los huéspedes durante al menos 6 meses.',
      ),
      source: HART_PUBLIC_ACTS,
    },
    {
      id: 'many-visitors',
      prompt: t(
        'Housekeeping notices many different visitors going to one room at all hours. What is this?',
        'El personal de limpieza nota que muchos visitantes distintos van a una misma habitación a todas horas. ¿Qué es esto?',
      ),
      choices: choices(
        ['A possible red flag worth reporting', 'Una posible señal de alerta que conviene informar'],
        ['Proof of a crime', 'Una prueba de delito'],
        ['Nothing to notice', 'Nada que notar'],
      ),
      correct: ['a'],
      explanation: t(
        'One sign alone proves nothing, but heavy foot traffic to one room is a known indicator. Tell your manager or call the hotline.',
        'Una sola señal no prueba nada, pero mucho movimiento hacia una habitación es un indicador conocido. Avise a su gerente o llame a la línea.',
      ),
      source: DHS_BLUE_CAMPAIGN,
    },
    {
      id: 'young-guest',
      prompt: t(
        'A teenager at check-in has no luggage, looks frightened, and an older adult answers every question for them. Which are red flags?',
        'Un adolescente en el registro no tiene equipaje, parece asustado y un adulto mayor responde todas las preguntas por él. ¿Cuáles son señales de alerta?',
      ),
      choices: choices(
        ['No luggage', 'No tiene equipaje'],
        ['Seems frightened', 'Parece asustado'],
        ['Someone else speaks for them', 'Otra persona habla por él'],
        ['They are checking in at night', 'Se registran de noche'],
      ),
      correct: ['a', 'b', 'c'],
      explanation: t(
        'Arriving at night is ordinary. A young person who seems afraid, has no belongings and cannot speak for themselves shows several known indicators.',
        'Llegar de noche es normal. Un joven que parece tener miedo, no tiene pertenencias y no puede hablar por sí mismo muestra varios indicadores conocidos.',
      ),
      source: NHTH_SIGNS,
    },
    {
      id: 'confront',
      prompt: t(
        'You suspect trafficking in a room. What should you NOT do?',
        'Sospecha que hay trata en una habitación. ¿Qué NO debe hacer?',
      ),
      choices: choices(
        ['Confront the guests yourself', 'Enfrentar usted mismo a los huéspedes'],
        ['Tell your manager', 'Avisar a su gerente'],
        ['Call the hotline or 911', 'Llamar a la línea o al 911'],
      ),
      correct: ['a'],
      explanation: t(
        'Never confront anyone: it can put you and the victim in danger. Report what you saw and let trained responders act.',
        'Nunca enfrente a nadie: puede ponerle en peligro a usted y a la víctima. Informe lo que vio y deje actuar a quienes están capacitados.',
      ),
      source: DHS_BLUE_CAMPAIGN,
    },
    {
      id: 'immediate-danger',
      prompt: t(
        'Someone is in danger right now. Who do you call?',
        'Alguien está en peligro ahora mismo. ¿A quién llama?',
      ),
      choices: choices(
        ['911', '911'],
        ['Send an email to HART', 'Enviar un correo a HART'],
        ['Wait until the end of your shift', 'Esperar hasta el final de su turno'],
      ),
      correct: ['a'],
      explanation: t(
        'Immediate danger means 911. For advice when nobody is in immediate danger, call the National Human Trafficking Hotline at 1-888-373-7888.',
        'Un peligro inmediato significa 911. Para orientación cuando nadie está en peligro inmediato, llame a la Línea Nacional contra la Trata de Personas al 1-888-373-7888.',
      ),
      source: HART_WHAT_TO_DO,
    },
    {
      id: 'cash-rooms',
      prompt: t('Which booking pattern is a known indicator?', '¿Qué patrón de reserva es un indicador conocido?'),
      choices: choices(
        [
          'Several rooms paid day by day in cash by one person',
          'Varias habitaciones pagadas en efectivo día a día por una sola persona',
        ],
        ['A family booking two rooms for a wedding', 'Una familia que reserva dos habitaciones para una boda'],
        ['A guest paying by card', 'Un huésped que paga con tarjeta'],
      ),
      correct: ['a'],
      explanation: t(
        'Cash, day-by-day payment for several rooms can be a way to avoid records. It is worth noting, not accusing.',
        'El pago en efectivo, día a día, de varias habitaciones puede ser una forma de evitar registros. Conviene anotarlo, no acusar.',
      ),
      source: DHS_BLUE_CAMPAIGN,
    },
    {
      id: 'child-victim',
      prompt: t(
        'You believe a child is being victimized. Which number does HART give for this?',
        'Cree que un niño está siendo víctima. ¿Qué número da HART para esto?',
      ),
      choices: choices(
        ['DCF Careline: 1-800-842-2288', 'Careline de DCF: 1-800-842-2288'],
        ['Your front desk extension', 'La extensión de recepción'],
        ['None: only parents can report', 'Ninguno: solo los padres pueden denunciar'],
      ),
      correct: ['a'],
      explanation: t(
        'Anyone aware of a child who is being victimized can call the DCF Careline at 1-800-842-2288. If the child is in danger now, call 911.',
        'Cualquier persona que sepa de un niño que está siendo víctima puede llamar a la Careline de DCF al 1-800-842-2288. Si el niño está en peligro ahora, llame al 911.',
      ),
      source: HART_WHAT_TO_DO,
    },
  ],
  links: [
    {
      text: t('Connecticut Lodging Association', 'Connecticut Lodging Association (en inglés)'),
      url: { en: 'https://www.ctlodging.org/', es: 'https://www.ctlodging.org/' },
    },
  ],
};
