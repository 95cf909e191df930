import type { LocalizedText } from '../schema/localized-text.js';
import type { Population, ReferralMethod, ResourceCategory } from '../schema/resource.js';
import { t } from './text.js';

/** Names of the service categories, shown in filters and searched as words. */
export const categoryLabels: Record<ResourceCategory, LocalizedText> = {
  housing: t('Housing', 'Vivienda'),
  legal: t('Legal help', 'Ayuda legal'),
  'mental-health': t('Mental health and therapy', 'Salud mental y terapia'),
  medical: t('Medical and health care', 'Atención médica y de salud'),
  'case-management': t('Case management', 'Gestión de casos'),
  mentoring: t('Mentoring', 'Mentoría'),
  'foster-care': t('Foster care', 'Acogida familiar'),
  'prevention-education': t('Prevention education', 'Educación preventiva'),
  'victim-compensation': t('Victim compensation', 'Compensación a víctimas'),
  immigration: t('Immigration', 'Inmigración'),
  'faith-community': t('Faith community', 'Comunidad de fe'),
  hotline: t('Hotline', 'Línea de ayuda'),
  'internet-safety': t('Internet safety', 'Seguridad en internet'),
  training: t('Training', 'Capacitación'),
  'basic-needs': t('Basic needs', 'Necesidades básicas'),
  employment: t('Jobs and job training', 'Empleo y formación laboral'),
};

export const populationLabels: Record<Population, LocalizedText> = {
  children: t('Children', 'Niños y niñas'),
  youth: t('Youth', 'Jóvenes'),
  adults: t('Adults', 'Adultos'),
  families: t('Families', 'Familias'),
  'lgbtq-youth': t('LGBTQ youth', 'Jóvenes LGBTQ'),
  'immigrants-refugees': t('Immigrants and refugees', 'Inmigrantes y refugiados'),
  'survivors-any-gender': t('Survivors of any gender', 'Sobrevivientes de cualquier género'),
  'dcf-involved-youth': t('Youth involved with DCF', 'Jóvenes vinculados a DCF'),
  'foster-parents': t('Foster parents', 'Familias de acogida'),
  professionals: t('Professionals', 'Profesionales'),
  'low-income': t('People with low income', 'Personas de bajos ingresos'),
  'crime-victims': t('Victims of crime', 'Víctimas de delitos'),
};

export const referralLabels: Record<ReferralMethod, LocalizedText> = {
  self: t('You can contact them directly', 'Puede contactarles directamente'),
  agency: t('Referral by an agency or professional', 'Derivación por una agencia o un profesional'),
  'dcf-hart-liaison': t('Referral through the DCF HART liaison', 'Derivación a través del enlace HART de DCF'),
};
