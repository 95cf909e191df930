import type { Curriculum } from '../schema/training.js';
import { t } from './text.js';

/** A curriculum as a form offers it: everything but its description. */
export type CurriculumChoice = Omit<Curriculum, 'description'>;

/**
 * HART curricula named in the 2021 figures, plus the internet-safety training on the 2024 page,
 * without their descriptions (`curricula` in ./training.ts adds them): the training-request form
 * offers these, and a partner page should not download text it never shows.
 */
export const curriculumChoices: CurriculumChoice[] = [
  {
    id: 'child-trafficking-boys-lgbtq',
    title: t('Child Trafficking of Boys & LGBTQ/GNCT Youth', 'Trata infantil de varones y jóvenes LGBTQ/GNCT'),
    audiences: [
      'clinicians-providers',
      'community-program-staff',
      'school-staff',
      'foster-parents',
      'government-employees',
      'other',
    ],
  },
  {
    id: 'child-trafficking-medical',
    title: t(
      'Child Trafficking Training for Medical Providers/Emergency Medicine (2 Hour)',
      'Capacitación sobre trata infantil para proveedores médicos y medicina de emergencia (2 horas)',
    ),
    audiences: ['hospital-medical-staff', 'clinicians-providers'],
    durationHours: 2,
  },
  {
    id: 'intro-child-trafficking',
    title: t('Intro to Child Trafficking (English)', 'Introducción a la trata infantil (en inglés)'),
    audiences: [
      'school-staff',
      'parents-community-public',
      'community-program-staff',
      'college-students',
      'government-employees',
      'foster-parents',
      'clinicians-providers',
      'other',
    ],
  },
  {
    id: 'intro-ht-ems',
    title: t(
      'Intro to Human Trafficking for EMS',
      'Introducción a la trata de personas para servicios de emergencias médicas',
    ),
    audiences: ['first-responders'],
  },
  {
    id: 'intro-ht-lodging',
    title: t(
      'Intro to Human Trafficking for Hotel/Motel/Lodging',
      'Introducción a la trata de personas para hoteles, moteles y alojamientos',
    ),
    audiences: ['lodging-staff'],
  },
  {
    id: 'intro-ht-law-enforcement',
    title: t(
      'Intro to Human Trafficking for Law Enforcement',
      'Introducción a la trata de personas para las fuerzas del orden',
    ),
    audiences: ['law-enforcement'],
  },
  {
    id: 'intro-labor-trafficking',
    title: t('Intro to Labor Trafficking', 'Introducción a la trata laboral'),
    audiences: [
      'community-program-staff',
      'government-employees',
      'parents-community-public',
      'college-students',
      'other',
    ],
  },
  {
    id: 'youth-awareness',
    title: t('Youth Awareness Curriculum', 'Currículo de concientización para jóvenes'),
    audiences: ['youth-students'],
  },
  {
    id: 'internet-safety',
    title: t('Internet Safety Training', 'Capacitación sobre seguridad en internet'),
    audiences: ['parents-community-public', 'school-staff', 'youth-students', 'foster-parents'],
  },
];
