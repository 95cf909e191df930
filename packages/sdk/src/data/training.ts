import type { Audience, Curriculum, TrainingEvent, TrainingStats } from '../schema/training.js';
import { curriculumChoices } from './curricula.js';
import { t } from './text.js';

/** The 13 audiences of HART's 2021 training figures (2022 committee deck). */
export const audiences: Audience[] = [
  { id: 'clinicians-providers', name: t('Clinicians/Providers', 'Profesionales clínicos y proveedores') },
  { id: 'college-students', name: t('College Students', 'Estudiantes universitarios') },
  { id: 'community-program-staff', name: t('Community Program Staff', 'Personal de programas comunitarios') },
  {
    id: 'first-responders',
    name: t(
      'EMT, EMS, Medics, and Fire Fighters/First Responders',
      'Técnicos de emergencias, paramédicos, bomberos y personal de primera respuesta',
    ),
  },
  { id: 'foster-parents', name: t('Foster Parents', 'Familias de acogida') },
  { id: 'government-employees', name: t('Government Employees', 'Empleados del gobierno') },
  { id: 'hospital-medical-staff', name: t('Hospital/Medical Staff', 'Personal hospitalario y médico') },
  { id: 'law-enforcement', name: t('Law Enforcement', 'Fuerzas del orden') },
  { id: 'lodging-staff', name: t('Lodging Staff', 'Personal de hoteles y alojamientos') },
  { id: 'other', name: t('Other', 'Otro') },
  { id: 'parents-community-public', name: t('Parents/Community/Public', 'Padres, comunidad y público') },
  { id: 'school-staff', name: t('School Staff', 'Personal escolar') },
  { id: 'youth-students', name: t('Youth/Students', 'Jóvenes y estudiantes') },
];

/** What each curriculum covers, by curriculum id. */
const descriptions: Record<string, Curriculum['description']> = {
  'child-trafficking-boys-lgbtq': t(
    'How trafficking affects boys and LGBTQ and gender non-conforming youth, and how to respond.',
    'Cómo la trata afecta a los varones y a los jóvenes LGBTQ y de género no conforme, y cómo responder.',
  ),
  'child-trafficking-medical': t(
    'Recognizing and responding to child trafficking in medical and emergency settings.',
    'Reconocer la trata infantil y responder a ella en entornos médicos y de emergencia.',
  ),
  'intro-child-trafficking': t(
    'The basics: what child trafficking is, the signs, and who to call in Connecticut.',
    'Lo básico: qué es la trata infantil, sus señales y a quién llamar en Connecticut.',
  ),
  'intro-ht-ems': t(
    'Signs of trafficking that EMTs, medics and fire fighters may see on calls, and how to respond.',
    'Señales de trata que el personal de emergencias y bomberos puede ver en sus llamadas, y cómo responder.',
  ),
  'intro-ht-lodging': t(
    'The annual training Connecticut requires for lodging staff: what staff may notice and what to do.',
    'La capacitación anual que Connecticut exige al personal de alojamiento: qué puede notar el personal y qué hacer.',
  ),
  'intro-ht-law-enforcement': t(
    'Identifying victims, Connecticut law, and working with DCF and multidisciplinary teams.',
    'Identificar víctimas, la ley de Connecticut y el trabajo con DCF y los equipos multidisciplinarios.',
  ),
  'intro-labor-trafficking': t(
    'How forced labor happens, the signs, and where to report it.',
    'Cómo ocurre el trabajo forzoso, sus señales y dónde denunciarlo.',
  ),
  'youth-awareness': t(
    'An age-appropriate session for young people on staying safe and where to get help.',
    'Una sesión adecuada a la edad para jóvenes sobre cómo mantenerse a salvo y dónde pedir ayuda.',
  ),
  'internet-safety': t(
    'Online enticement, sextortion and how adults can help young people stay safe online.',
    'La captación en línea, la sextorsión y cómo los adultos pueden ayudar a los jóvenes a estar seguros en internet.',
  ),
};

/** HART's curricula with their descriptions. */
export const curricula: Curriculum[] = /* @__PURE__ */ curriculumChoices.map((choice) => ({
  ...choice,
  description: descriptions[choice.id]!,
}));

/** Trainings announced on the HART page (2024). */
export const trainingEvents: TrainingEvent[] = [
  {
    id: 'internet-safety-2024-03-20',
    curriculumId: 'internet-safety',
    title: t('Internet Safety Training', 'Capacitación sobre seguridad en internet'),
    date: '2024-03-20',
    format: 'virtual',
  },
];

/** HART Training 2021, from the 2022 committee deck. */
export const trainingStats: TrainingStats[] = [
  {
    year: 2021,
    totals: { trainings: 240, people: 7240 },
    curriculaCount: 13,
    certifiedTrainers: t('Over 400', 'Más de 400'),
    trainingsOfTrainers: 5,
    byAudience: [
      { audience: 'clinicians-providers', trainings: 11, people: 341 },
      { audience: 'college-students', trainings: 2, people: 47 },
      { audience: 'community-program-staff', trainings: 9, people: 406 },
      { audience: 'first-responders', trainings: 68, people: 1570 },
      { audience: 'foster-parents', trainings: 1, people: 11 },
      { audience: 'government-employees', trainings: 7, people: 539 },
      { audience: 'hospital-medical-staff', trainings: 1, people: 12 },
      { audience: 'law-enforcement', trainings: 88, people: 1389 },
      { audience: 'lodging-staff', trainings: 4, people: 63 },
      { audience: 'other', trainings: 5, people: 110 },
      { audience: 'parents-community-public', trainings: 15, people: 210 },
      { audience: 'school-staff', trainings: 22, people: 2411 },
      { audience: 'youth-students', trainings: 7, people: 131 },
    ],
    byCurriculum: [
      { curriculumId: 'child-trafficking-boys-lgbtq', trainings: 27, people: 810 },
      { curriculumId: 'child-trafficking-medical', trainings: 13, people: 155 },
      { curriculumId: 'intro-child-trafficking', trainings: 59, people: 3516 },
      { curriculumId: 'intro-ht-ems', trainings: 58, people: 1455 },
      { curriculumId: 'intro-ht-lodging', trainings: 5, people: 85 },
      { curriculumId: 'intro-ht-law-enforcement', trainings: 65, people: 977 },
      { curriculumId: 'intro-labor-trafficking', trainings: 6, people: 102 },
      { curriculumId: 'youth-awareness', trainings: 7, people: 140 },
    ],
  },
];
