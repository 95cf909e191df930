import type { SearchTerms } from '../schema/search-terms.js';

/**
 * The words people type when they look for help, in English and Spanish, for each service category
 * and population: a search word that is one of them finds the services having that category or
 * population. The category and population names (data/labels.ts) are searched already, so they are
 * not repeated here. A phrase counts word by word; stop words in it are skipped. Content editors:
 * see docs/content.md.
 */
export const searchTerms: SearchTerms = {
  categories: {
    housing: {
      en: ['shelter', 'place to stay', 'somewhere to sleep', 'homeless', 'runaway', 'home', 'house', 'rent', 'apartment', 'safe house'],
      es: ['refugio', 'albergue', 'alojamiento', 'casa', 'hogar', 'techo', 'dónde dormir', 'fugado', 'renta', 'alquiler', 'apartamento'],
    },
    legal: {
      en: ['lawyer', 'attorney', 'legal aid', 'court', 'custody', 'divorce', 'restraining order', 'rights', 'law'],
      es: ['abogado', 'licenciado', 'asesoría', 'corte', 'tribunal', 'juez', 'custodia', 'derechos', 'ley'],
    },
    'mental-health': {
      en: ['counseling', 'counselor', 'therapist', 'trauma', 'depression', 'anxiety', 'psychologist', 'psychiatrist'],
      es: ['consejería', 'consejero', 'terapeuta', 'psicólogo', 'psiquiatra', 'trauma', 'depresión', 'ansiedad'],
    },
    medical: {
      en: ['doctor', 'clinic', 'hospital', 'nurse', 'medicine', 'sick', 'injury', 'pregnant', 'dentist'],
      es: ['médico', 'doctora', 'clínica', 'hospital', 'enfermera', 'medicina', 'enfermo', 'herida', 'embarazada'],
    },
    'case-management': {
      en: ['case manager', 'caseworker', 'social worker', 'advocate', 'support', 'navigator'],
      es: ['trabajador social', 'gestor', 'apoyo', 'acompañamiento', 'defensor'],
    },
    mentoring: {
      en: ['mentor', 'role model', 'big brother', 'big sister'],
      es: ['mentor', 'tutor', 'hermano mayor', 'hermana mayor'],
    },
    'foster-care': {
      en: ['foster home', 'adoption', 'placement', 'group home'],
      es: ['hogar de crianza', 'crianza', 'adopción', 'colocación', 'hogar sustituto'],
    },
    'prevention-education': {
      en: ['workshop', 'class', 'school', 'awareness', 'prevent'],
      es: ['taller', 'clase', 'escuela', 'prevenir', 'concientización'],
    },
    'victim-compensation': {
      en: ['money', 'reimbursement', 'bills', 'lost wages', 'financial help'],
      es: ['dinero', 'reembolso', 'cuentas', 'gastos', 'indemnización'],
    },
    immigration: {
      en: ['visa', 't-visa', 'u-visa', 'green card', 'papers', 'deportation', 'asylum', 'citizenship', 'undocumented'],
      es: ['visa', 'papeles', 'residencia', 'deportación', 'asilo', 'ciudadanía', 'indocumentado', 'migración', 'migratorio'],
    },
    'faith-community': {
      en: ['church', 'faith', 'pastor', 'spiritual', 'religious', 'prayer'],
      es: ['iglesia', 'fe', 'pastor', 'espiritual', 'religioso', 'oración'],
    },
    hotline: {
      en: ['helpline', 'call', 'phone', 'text', 'crisis', 'emergency', 'talk now'],
      es: ['línea', 'llamar', 'teléfono', 'mensaje', 'crisis', 'emergencia'],
    },
    'internet-safety': {
      en: ['online', 'social media', 'sextortion', 'cyber', 'chat', 'photos', 'sexting'],
      es: ['en línea', 'redes sociales', 'sextorsión', 'ciberacoso', 'chat', 'fotos'],
    },
    training: {
      en: ['course', 'webinar', 'certification', 'staff training', 'presentation'],
      es: ['curso', 'entrenamiento', 'formación', 'seminario', 'presentación'],
    },
    'basic-needs': {
      en: ['food', 'clothes', 'clothing', 'groceries', 'hungry', 'diapers', 'transportation', 'bus'],
      es: ['comida', 'alimentos', 'ropa', 'despensa', 'hambre', 'pañales', 'transporte'],
    },
    employment: {
      en: ['job', 'work', 'career', 'resume', 'english classes'],
      es: ['trabajo', 'chamba', 'currículum', 'oficio', 'clases de inglés'],
    },
  },
  populations: {
    children: {
      en: ['kids', 'child', 'boy', 'girl', 'minor', 'baby', 'son', 'daughter'],
      es: ['niño', 'niña', 'hijo', 'hija', 'hijos', 'menor', 'infantil', 'bebé'],
    },
    youth: {
      en: ['teen', 'teenager', 'young', 'adolescent', 'student'],
      es: ['joven', 'adolescente', 'muchacho', 'chavo', 'estudiante'],
    },
    adults: {
      en: ['adult', 'grown-up'],
      es: ['adulto', 'mayor de edad'],
    },
    families: {
      en: ['family', 'parents', 'mom', 'dad', 'mother', 'father', 'caregiver'],
      es: ['familia', 'padres', 'mamá', 'papá', 'madre', 'padre', 'cuidador'],
    },
    'lgbtq-youth': {
      en: ['lgbt', 'gay', 'lesbian', 'trans', 'transgender', 'queer', 'nonbinary', 'bisexual'],
      es: ['lgbt', 'gay', 'lesbiana', 'trans', 'transgénero', 'queer', 'no binario'],
    },
    'immigrants-refugees': {
      en: ['immigrant', 'refugee', 'migrant', 'undocumented', 'newcomer', 'asylum seeker'],
      es: ['inmigrante', 'refugiado', 'migrante', 'indocumentado', 'recién llegado'],
    },
    'survivors-any-gender': {
      en: ['survivor', 'victim', 'trafficked', 'men', 'women', 'boys'],
      es: ['sobreviviente', 'víctima', 'hombres', 'mujeres', 'chicos'],
    },
    'dcf-involved-youth': {
      en: ['dcf', 'foster youth', 'child welfare'],
      es: ['dcf', 'bienestar infantil', 'jóvenes en cuidado'],
    },
    'foster-parents': {
      en: ['foster parent', 'foster mom', 'foster dad', 'adoptive parents'],
      es: ['padres de crianza', 'familia de crianza', 'padres adoptivos'],
    },
    professionals: {
      en: ['teacher', 'police', 'staff', 'educator', 'provider', 'hotel'],
      es: ['maestro', 'maestra', 'profesor', 'policía', 'personal', 'proveedor', 'hotel'],
    },
    'low-income': {
      en: ['free', 'low cost', 'no cost', 'poor', 'afford'],
      es: ['gratis', 'gratuito', 'sin costo', 'pobre', 'ingresos'],
    },
    'crime-victims': {
      en: ['crime', 'assault', 'abuse', 'violence', 'rape', 'robbed', 'domestic violence'],
      es: ['delito', 'crimen', 'agresión', 'abuso', 'violencia', 'violación', 'robo'],
    },
  },
  // What happens to people, as they tell it, and the help for it (HART's red flags, data/red-flags.ts:
  // labour as well as sex trafficking, in person and online). The hotline comes first where a
  // person may be in danger now.
  situations: [
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
      en: ['forced', 'forced labor', 'labour', 'work', 'working', 'boss', 'employer', 'long hours', "can't leave", 'locked', 'trapped', 'farm', 'factory', 'nail salon', 'housekeeper', 'nanny'],
      es: ['obligado', 'me obligan', 'trabajar', 'forzado', 'jefe', 'patrón', 'empleador', 'horas', 'no me dejan salir', 'encerrado', 'atrapado', 'fábrica', 'granja', 'limpieza', 'niñera'],
      categories: ['hotline', 'legal', 'employment'],
    },
    {
      // Sold, or made to sell sex
      en: ['selling', 'sold', 'bought', 'pimp', 'prostitution', 'escort', 'sex for money', 'forced sex', 'massage parlor'],
      es: ['vender', 'vendió', 'vendiendo', 'vendieron', 'proxeneta', 'padrote', 'chulo', 'prostitución', 'sexo por dinero', 'prostituir'],
      categories: ['hotline', 'case-management', 'mental-health'],
    },
    {
      // A stranger writing to a child online
      en: ['stranger', 'messaging', 'messages', 'texting', 'dms', 'groomed', 'grooming', 'met online', 'gaming', 'snapchat', 'instagram', 'tiktok', 'discord', 'webcam'],
      es: ['desconocido', 'extraño', 'mensajes', 'escribe', 'escribiendo', 'internet', 'videojuegos', 'conocí en internet', 'acoso'],
      categories: ['internet-safety', 'hotline'],
    },
    {
      // Photos asked for, shared or used to threaten
      en: ['pics', 'pictures', 'nudes', 'shared', 'posted', 'leaked', 'videos', 'blackmail', 'threatens to share'],
      es: ['fotos íntimas', 'desnudos', 'compartió', 'compartieron', 'publicó', 'subió', 'difundió', 'chantaje', 'amenaza con publicar'],
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
  ],
  stopWords: {
    en: [
      'a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'near',
      'i', 'me', 'my', 'we', 'our', 'you', 'your', 'is', 'are', 'am', 'be', 'it', 'this', 'that', 'who', 'what', 'where', 'how',
      'need', 'needs', 'want', 'help', 'get', 'find', 'looking', 'can', 'please', 'some', 's', 't', 'ct', 'connecticut',
    ],
    es: [
      'al', 'de', 'del', 'el', 'la', 'las', 'los', 'lo', 'le', 'les', 'un', 'una', 'unos', 'unas', 'y', 'e', 'o', 'u',
      'en', 'con', 'por', 'para', 'que', 'mi', 'mis', 'yo', 'tu', 'su', 'sus', 'se', 'es', 'hay', 'necesito', 'necesita',
      'quiero', 'busco', 'buscar', 'ayuda', 'ayudar', 'donde', 'como', 'algo', 'alguien', 'cerca', 'sin', 'no',
    ],
  },
  // Spelt right, though no service has them: "Did you mean" leaves them alone ("quitó" is not "equipo").
  knownWords: {
    en: [
      'took', 'take', 'keeps', 'kept', 'has', 'have', 'had', 'he', 'she', 'they', 'them', 'him', 'her', 'his', 'their', 'was',
      'were', 'will', 'don', 'doesn', 'didn', 'won', 'let', 'said', 'told', 'make', 'makes', 'gave', 'someone', 'person', 'friend',
      'uncle', 'aunt', 'wife', 'husband',
    ],
    es: [
      'quitó', 'quita', 'quitan', 'tiene', 'tienen', 'tengo', 'tenía', 'te', 'nos', 'él', 'ella', 'ellos', 'está', 'están', 'estoy',
      'fue', 'era', 'dice', 'dijo', 'hace', 'hizo', 'deja', 'ya', 'todo', 'persona', 'hombre', 'señor', 'amigo', 'amiga', 'tío',
      'tía', 'primo', 'prima', 'esposo', 'esposa', 'marido',
    ],
  },
};
