import type { Quiz } from '../../schema/quiz.js';
import { DHS_BLUE_CAMPAIGN, HART_PUBLIC_ACTS, HART_WHAT_TO_DO, NETSMARTZ_SEXTING, NHTH_SIGNS } from '../sources.js';
import { t } from '../text.js';
import { choices } from './choices.js';

export const quiz: Quiz = {
  id: 'community-red-flags',
  audience: 'community',
  title: t('Red flags in young people', 'Señales de alerta en jóvenes'),
  description: t(
    'For parents, faith communities and library staff. Eight questions on noticing and responding.',
    'Para padres, comunidades de fe y personal de bibliotecas. Ocho preguntas sobre cómo notar y responder.',
  ),
  questions: [
    {
      id: 'older-partner',
      prompt: t(
        'A 14-year-old talks about a much older "boyfriend" who buys them things but they will not say who he is. Is this a red flag?',
        'Una joven de 14 años habla de un "novio" mucho mayor que le compra cosas, pero no dice quién es. ¿Es una señal de alerta?',
      ),
      choices: choices(['Yes', 'Sí'], ['No', 'No']),
      correct: ['a'],
      explanation: t(
        'A secretive relationship with a much older person who gives gifts is a common way traffickers build control.',
        'Una relación secreta con una persona mucho mayor que hace regalos es una forma común en que los tratantes ganan control.',
      ),
      source: NHTH_SIGNS,
    },
    {
      id: 'unexplained-items',
      prompt: t('Which changes can be warning signs?', '¿Qué cambios pueden ser señales de alerta?'),
      choices: choices(
        ['New phones or expensive things with no explanation', 'Teléfonos nuevos o cosas caras sin explicación'],
        ['Often missing school or running away', 'Faltar a menudo a la escuela o escaparse'],
        ['Joining a school sports team', 'Unirse a un equipo deportivo escolar'],
        ['A new tattoo they will not explain', 'Un tatuaje nuevo que no quiere explicar'],
      ),
      correct: ['a', 'b', 'd'],
      explanation: t(
        'Unexplained gifts, absences, running away and unexplained tattoos (sometimes a sign of "branding") are known indicators.',
        'Los regalos sin explicación, las ausencias, las fugas y los tatuajes sin explicar (a veces una "marca") son indicadores conocidos.',
      ),
      source: DHS_BLUE_CAMPAIGN,
    },
    {
      id: 'boys-victims',
      prompt: t(
        'Can boys and LGBTQ youth be trafficked?',
        '¿Pueden los varones y los jóvenes LGBTQ ser víctimas de trata?',
      ),
      choices: choices(
        ['Yes, young people of any gender can be', 'Sí, los jóvenes de cualquier género pueden serlo'],
        ['No, only girls', 'No, solo las niñas'],
      ),
      correct: ['a'],
      explanation: t(
        'Anyone can be trafficked. HART trains specifically on the trafficking of boys and LGBTQ and gender non-conforming youth, who are often overlooked.',
        'Cualquier persona puede ser víctima de trata. HART ofrece capacitación específica sobre la trata de varones y de jóvenes LGBTQ y de género no conforme, a quienes a menudo se pasa por alto.',
      ),
      source: NHTH_SIGNS,
    },
    {
      id: 'controlled',
      prompt: t(
        'A young person at the library is always with the same adult, who holds their ID and answers for them. What does this suggest?',
        'Un joven en la biblioteca siempre está con el mismo adulto, que guarda su identificación y responde por él. ¿Qué sugiere esto?',
      ),
      choices: choices(
        ['They may be controlled by someone', 'Podría estar bajo el control de alguien'],
        ['Nothing: adults help kids', 'Nada: los adultos ayudan a los niños'],
        ['The young person is shy', 'El joven es tímido'],
      ),
      correct: ['a'],
      explanation: t(
        'Not holding one’s own documents and not being allowed to speak are signs of control. Note what you see and report it.',
        'No tener sus propios documentos y no poder hablar son señales de control. Anote lo que ve y denúncielo.',
      ),
      source: DHS_BLUE_CAMPAIGN,
    },
    {
      id: 'respond-child',
      prompt: t(
        'You think a child in your community is being victimized. Who can you call?',
        'Cree que un niño de su comunidad está siendo víctima. ¿A quién puede llamar?',
      ),
      choices: choices(
        ['DCF Careline: 1-800-842-2288', 'Careline de DCF: 1-800-842-2288'],
        ['No one until you have proof', 'A nadie hasta tener pruebas'],
        ['The child’s friends', 'A los amigos del niño'],
      ),
      correct: ['a'],
      explanation: t(
        'You do not need proof to call. The DCF Careline takes reports about children who are being victimized. In immediate danger, call 911.',
        'No necesita pruebas para llamar. La Careline de DCF recibe denuncias sobre niños que están siendo víctimas. En peligro inmediato, llame al 911.',
      ),
      source: HART_WHAT_TO_DO,
    },
    {
      id: 'talk-to-youth',
      prompt: t(
        'A teen tells you something worrying about an online "friend". What helps most?',
        'Un adolescente le cuenta algo preocupante sobre un "amigo" en línea. ¿Qué ayuda más?',
      ),
      choices: choices(
        [
          'Listen calmly, thank them for telling you, and get help',
          'Escuchar con calma, agradecerle que se lo contara y buscar ayuda',
        ],
        ['Take away their phone and punish them', 'Quitarle el teléfono y castigarle'],
        ['Tell them it was their fault', 'Decirle que fue su culpa'],
      ),
      correct: ['a'],
      explanation: t(
        'Young people who feel blamed or punished stop telling adults. Calm listening keeps them talking and safer.',
        'Los jóvenes que se sienten culpados o castigados dejan de contar las cosas a los adultos. Escuchar con calma hace que sigan hablando y estén más seguros.',
      ),
      source: NETSMARTZ_SEXTING,
    },
    {
      id: 'labor-trafficking',
      prompt: t('Which can be signs of labor trafficking?', '¿Cuáles pueden ser señales de trata laboral?'),
      choices: choices(
        ['Working very long hours for little or no pay', 'Trabajar muchísimas horas por poco o ningún pago'],
        ['Owing a debt to the employer that never shrinks', 'Deber al empleador una deuda que nunca disminuye'],
        ['Having a part-time job after school', 'Tener un trabajo de medio tiempo después de clases'],
      ),
      correct: ['a', 'b'],
      explanation: t(
        'Unfair pay and debts that cannot be paid off are used to trap people in work. A regular part-time job is not a sign.',
        'La paga injusta y las deudas imposibles de saldar se usan para atrapar a las personas en el trabajo. Un trabajo normal de medio tiempo no es una señal.',
      ),
      source: NHTH_SIGNS,
    },
    {
      id: 'safe-harbor',
      prompt: t(
        'In Connecticut, can a 16-year-old be found guilty of prostitution?',
        'En Connecticut, ¿puede un joven de 16 años ser declarado culpable de prostitución?',
      ),
      choices: choices(
        [
          'No: since Public Act 16-71 a person must be 18 or older',
          'No: desde la Ley Pública 16-71 una persona debe tener 18 años o más',
        ],
        ['Yes, from age 16', 'Sí, desde los 16 años'],
      ),
      correct: ['a'],
      explanation: t(
        'Public Act 16-71 raised the age to 18: a child who is sold for sex is a victim, not an offender.',
        'La Ley Pública 16-71 elevó la edad a 18: un menor vendido para sexo es una víctima, no un delincuente.',
      ),
      source: HART_PUBLIC_ACTS,
    },
  ],
  links: [
    {
      text: t(
        'Talking to teens about sexting (tip sheet)',
        'Cómo hablar con adolescentes sobre el sexting (hoja de consejos)',
      ),
      url: {
        en: 'https://www.missingkids.org/content/dam/netsmartz/downloadable/tipsheets/Talking%20to%20Teens%20About%20Sexting.pdf',
        es: 'https://www.missingkids.org/content/dam/netsmartz/downloadable/tipsheets/Talking%20to%20Teens%20About%20Sexting%20ES.pdf',
      },
    },
    {
      text: t(
        "Parents' guide to smartphone safety",
        'Guía para padres sobre la seguridad de los teléfonos inteligentes',
      ),
      url: {
        en: 'https://www.missingkids.org/content/dam/netsmartz/downloadable/tipsheets/Parents%27%20Guide%20to%20Smartphone%20Safety.pdf',
        es: 'https://www.missingkids.org/content/dam/netsmartz/downloadable/tipsheets/Parents%27%20Guide%20to%20Smartphone%20Safety%20ES.pdf',
      },
    },
  ],
};
