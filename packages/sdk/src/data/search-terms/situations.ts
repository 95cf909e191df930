import type { SearchTerms } from '../../schema/search-terms.js';

// What happens to people, as they tell it, and the help for it (HART's red flags, data/red-flags.ts:
// labour as well as sex trafficking, in person and online). The hotline comes first where a
// person may be in danger now.
export const situationTerms: SearchTerms['situations'] = [
  {
    // Passport or papers taken
    en: ['passport', 'papers taken', 'my id', 'documents', 'birth certificate', 'green card taken'],
    es: ['pasaporte', 'documentos', 'identificación', 'cédula', 'me quitaron los papeles', 'acta de nacimiento'],
    categories: ['hotline', 'immigration', 'legal'],
  },
  {
    // Not paid, or paid less than promised
    en: ['not paid', 'unpaid', 'pay me', 'paycheck', 'wages', 'salary', 'paid less', 'tips'],
    es: ['no me pagan', 'sueldo', 'salario', 'paga', 'cheque', 'propinas', 'me pagan menos'],
    categories: ['hotline', 'legal', 'employment'],
  },
  {
    // A debt to the employer, the recruiter or whoever brought them
    en: ['debt', 'owe', 'loan', 'pay back', 'pay off', 'smuggler', 'coyote'],
    es: ['deuda', 'debo', 'debe', 'le debo', 'préstamo', 'pagar la deuda'],
    categories: ['hotline', 'legal'],
  },
  {
    // Forced to work, controlled by a boss
    en: [
      'forced',
      'forced labor',
      'labour',
      'work',
      'working',
      'boss',
      'employer',
      'long hours',
      "can't leave",
      'locked',
      'trapped',
      'farm',
      'factory',
      'nail salon',
      'housekeeper',
      'nanny',
    ],
    es: [
      'obligado',
      'me obligan',
      'trabajar',
      'forzado',
      'jefe',
      'patrón',
      'empleador',
      'horas',
      'no me dejan salir',
      'encerrado',
      'atrapado',
      'fábrica',
      'granja',
      'limpieza',
      'niñera',
    ],
    categories: ['hotline', 'legal', 'employment'],
  },
  {
    // Sold, or made to sell sex
    en: [
      'selling',
      'sold',
      'bought',
      'pimp',
      'prostitution',
      'escort',
      'sex for money',
      'forced sex',
      'massage parlor',
    ],
    es: [
      'vender',
      'vendió',
      'vendiendo',
      'vendieron',
      'proxeneta',
      'padrote',
      'chulo',
      'prostitución',
      'sexo por dinero',
      'prostituir',
    ],
    categories: ['hotline', 'case-management', 'mental-health'],
  },
  {
    // A stranger writing to a child online
    en: [
      'stranger',
      'messaging',
      'messages',
      'texting',
      'dms',
      'groomed',
      'grooming',
      'met online',
      'gaming',
      'snapchat',
      'instagram',
      'tiktok',
      'discord',
      'webcam',
    ],
    es: [
      'desconocido',
      'extraño',
      'mensajes',
      'escribe',
      'escribiendo',
      'internet',
      'videojuegos',
      'conocí en internet',
      'acoso',
    ],
    categories: ['internet-safety', 'hotline'],
  },
  {
    // Photos asked for, shared or used to threaten
    en: ['pics', 'pictures', 'nudes', 'shared', 'posted', 'leaked', 'videos', 'blackmail', 'threatens to share'],
    es: [
      'fotos íntimas',
      'desnudos',
      'compartió',
      'compartieron',
      'publicó',
      'subió',
      'difundió',
      'chantaje',
      'amenaza con publicar',
    ],
    categories: ['internet-safety', 'hotline', 'legal'],
  },
  {
    // An older boyfriend, gifts, a job offer too good to be true
    en: ['boyfriend', 'girlfriend', 'older', 'gifts', 'recruiter', 'modeling', 'promised'],
    es: ['novio', 'novia', 'mayor que yo', 'regalos', 'oferta', 'reclutador', 'modelo', 'me prometió', 'prometieron'],
    categories: ['hotline', 'prevention-education'],
  },
  {
    // Threats, fear, being watched
    en: ['threatened', 'threat', 'scared', 'afraid', 'watched', 'controls', 'hits me', 'beaten'],
    es: ['amenazado', 'amenaza', 'miedo', 'vigilado', 'controla', 'me pega', 'golpes'],
    categories: ['hotline', 'case-management', 'legal'],
  },
  {
    // Threatened with the immigration authorities
    en: ['deport', 'report me to immigration'],
    es: ['deportar', 'la migra', 'denunciarme'],
    categories: ['hotline', 'immigration', 'legal'],
  },
  {
    // Ran away, kicked out, nowhere to go
    en: ['ran away', 'run away', 'kicked out', 'missing', 'nowhere to go', 'street'],
    es: ['me escapé', 'me fui de la casa', 'me corrieron', 'desaparecido', 'la calle', 'dónde quedarme'],
    categories: ['hotline', 'housing'],
  },
];
