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
      es: ['abogado', 'abogada', 'licenciado', 'asesoría', 'corte', 'tribunal', 'juez', 'custodia', 'derechos', 'ley'],
    },
    'mental-health': {
      en: ['counseling', 'counselling', 'counselor', 'therapist', 'trauma', 'depression', 'anxiety', 'psychologist', 'psychiatrist'],
      es: ['consejería', 'consejero', 'terapeuta', 'psicólogo', 'psicóloga', 'psiquiatra', 'trauma', 'depresión', 'ansiedad'],
    },
    medical: {
      en: ['doctor', 'clinic', 'hospital', 'nurse', 'medicine', 'sick', 'injury', 'pregnant', 'dentist'],
      es: ['médico', 'doctora', 'clínica', 'hospital', 'enfermera', 'medicina', 'enfermo', 'herida', 'embarazada'],
    },
    'case-management': {
      en: ['case manager', 'caseworker', 'social worker', 'advocate', 'support', 'navigator'],
      es: ['trabajador social', 'trabajadora social', 'gestor', 'apoyo', 'acompañamiento', 'defensor'],
    },
    mentoring: {
      en: ['mentor', 'role model', 'big brother', 'big sister'],
      es: ['mentor', 'mentora', 'tutor', 'hermano mayor', 'hermana mayor'],
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
      en: ['kids', 'kid', 'child', 'boy', 'girl', 'minor', 'baby'],
      es: ['niño', 'niña', 'hijos', 'menor', 'menores', 'infantil', 'bebé'],
    },
    youth: {
      en: ['teen', 'teens', 'teenager', 'young', 'adolescent', 'student'],
      es: ['joven', 'adolescente', 'adolescentes', 'muchacho', 'muchacha', 'chavo', 'estudiante'],
    },
    adults: {
      en: ['adult', 'grown-up'],
      es: ['adulto', 'adulta', 'mayor de edad'],
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
      es: ['inmigrante', 'refugiado', 'refugiada', 'migrante', 'indocumentado', 'recién llegado'],
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
};
