import type { PublicAct } from '../schema/public-act.js';
import { t } from './text.js';

/** Connecticut public acts listed on the HART page (2024), newest first. */
export const publicActs: PublicAct[] = [
  {
    number: '17-32',
    year: 2017,
    // The HART page lists this act without describing it.
    provisions: [],
  },
  {
    number: '16-71',
    year: 2016,
    provisions: [
      t(
        'A person must be 18 or older to be guilty of prostitution.',
        'Una persona debe tener 18 años o más para ser culpable de prostitución.',
      ),
      t(
        "State's attorneys and local police must document training, investigations of missing children, trafficking referrals and cases referred for prosecution.",
        'Los fiscales estatales y la policía local deben documentar la capacitación, las investigaciones de menores desaparecidos, las derivaciones por trata y los casos enviados a juicio.',
      ),
      t(
        'Hotels, motels, inns and similar lodging must give all employees trafficking training and awareness every year.',
        'Los hoteles, moteles, posadas y alojamientos similares deben dar a todo su personal capacitación y concientización sobre la trata cada año.',
      ),
      t(
        'Hotels, motels, inns and similar lodging must keep guest transactions and receipts for at least 6 months.',
        'Los hoteles, moteles, posadas y alojamientos similares deben conservar las transacciones y recibos de los huéspedes durante al menos 6 meses.',
      ),
    ],
  },
  {
    number: '15-195',
    year: 2015,
    provisions: [
      t(
        'Widens the crime of human trafficking when the victim is a minor (under 18).',
        'Amplía el delito de trata de personas cuando la víctima es menor de edad (menor de 18 años).',
      ),
      t(
        'The Department of Public Health must give trafficking victims the same services it gives certain sexual assault victims.',
        'El Departamento de Salud Pública debe dar a las víctimas de trata los mismos servicios que da a ciertas víctimas de agresión sexual.',
      ),
      t(
        "Widens when a court must order a juvenile's police and court records erased.",
        'Amplía los casos en que un tribunal debe ordenar borrar los antecedentes policiales y judiciales de un menor.',
      ),
      t(
        'Adds human trafficking, among other crimes, to those for which wiretapping may be authorized.',
        'Añade la trata de personas, entre otros delitos, a los que permiten autorizar intervenciones telefónicas.',
      ),
      t(
        'Lets the Office of Victim Services waive, in some cases, the two-year limit on compensation applications for minors who are trafficking victims.',
        'Permite a la Oficina de Servicios a Víctimas eximir, en algunos casos, del límite de dos años para solicitar compensación a menores víctimas de trata.',
      ),
    ],
  },
  {
    number: '14-186',
    year: 2014,
    provisions: [
      t(
        'Trafficking victims are classified as "uncared for", and DCF provides services.',
        'Las víctimas de trata se consideran "sin cuidado" ("uncared for") y DCF les presta servicios.',
      ),
      t(
        'DCF trains law enforcement on the trafficking of minors.',
        'DCF capacita a las fuerzas del orden sobre la trata de menores.',
      ),
      t(
        'Creates multidisciplinary teams (MDTs) to work on trafficking cases.',
        'Crea equipos multidisciplinarios (MDT) para trabajar en casos de trata.',
      ),
    ],
  },
  {
    number: '13-166',
    year: 2013,
    title: t(
      'An Act Concerning Sexual Exploitation and Trafficking in Persons',
      'Ley sobre la explotación sexual y la trata de personas',
    ),
    provisions: [
      t(
        'Aligns state law with the federal Trafficking Victims Protection Act (TVPA).',
        'Alinea la ley estatal con la ley federal de protección de víctimas de la trata (TVPA).',
      ),
      t(
        'A class C felony when the person knew or reasonably should have known the other person was under 18.',
        'Delito grave de clase C cuando la persona sabía o debía razonablemente saber que la otra persona era menor de 18 años.',
      ),
      t(
        'Covers forfeiture of property, an affirmative defense for minors and vacating records.',
        'Incluye el decomiso de bienes, una defensa afirmativa para menores y la anulación de antecedentes.',
      ),
      t(
        'Adds public awareness and prevention, ongoing monitoring, mandatory data reporting and a statewide oversight body.',
        'Añade concientización y prevención, seguimiento continuo, informes de datos obligatorios y un organismo estatal de supervisión.',
      ),
    ],
  },
  {
    number: '12-141',
    year: 2012,
    title: t(
      'An Act Concerning Commercial Sexual Exploitation of a Minor',
      'Ley sobre la explotación sexual comercial de un menor',
    ),
    provisions: [
      t(
        'Knowingly buying advertising space for a commercial sex act ad that depicts a minor is commercial sexual exploitation of a minor, a class C felony.',
        'Comprar a sabiendas espacio publicitario para un anuncio de sexo comercial que muestre a un menor es explotación sexual comercial de un menor, un delito grave de clase C.',
      ),
    ],
  },
  {
    number: '11-180',
    year: 2011,
    provisions: [
      t(
        'When police arrest a youth under section 53a-82, the officer must report suspected abuse or neglect to DCF, through the DCF Careline at 1-800-842-2288.',
        'Cuando la policía arresta a un joven según la sección 53a-82, el agente debe denunciar la sospecha de abuso o negligencia a DCF, a través de la Careline de DCF al 1-800-842-2288.',
      ),
    ],
  },
  {
    number: '10-115',
    year: 2010,
    title: t(
      'An Act Providing a Safe Harbor for Exploited Children',
      'Ley que ofrece un puerto seguro a los niños explotados',
    ),
    provisions: [
      t(
        'A person must be 16 or older to be guilty of prostitution (section 53a-82).',
        'Una persona debe tener 16 años o más para ser culpable de prostitución (sección 53a-82).',
      ),
      t(
        'A 16- or 17-year-old who is prosecuted is presumed to have been coerced by another person.',
        'Se presume que un joven de 16 o 17 años procesado fue coaccionado por otra persona.',
      ),
    ],
  },
];
