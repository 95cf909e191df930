import type { SearchTerms } from '../../schema/search-terms.js';

/** The words for each service category: a search word among them finds the services of that category. */
export const categoryTerms: SearchTerms['categories'] = {
  housing: {
    en: [
      'shelter',
      'place to stay',
      'somewhere to sleep',
      'homeless',
      'runaway',
      'home',
      'house',
      'rent',
      'apartment',
      'safe house',
    ],
    es: [
      'refugio',
      'albergue',
      'alojamiento',
      'casa',
      'hogar',
      'techo',
      'dónde dormir',
      'fugado',
      'renta',
      'alquiler',
      'apartamento',
    ],
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
    es: [
      'visa',
      'papeles',
      'residencia',
      'deportación',
      'asilo',
      'ciudadanía',
      'indocumentado',
      'migración',
      'migratorio',
    ],
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
};

/** The words for each population a service is for. */
export const populationTerms: SearchTerms['populations'] = {
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
};
