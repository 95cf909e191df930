import type { Dataset } from '../schema/dataset.js';
import { hotlines } from './hotlines.js';
import { publicActs } from './public-acts.js';
import { quizzes } from './quizzes.js';
import { redFlags } from './red-flags.js';
import { regions } from './regions.js';
import { resources } from './resources.js';
import { audiences, curricula, trainingEvents, trainingStats } from './training.js';

/**
 * The embedded default dataset: everything a widget shows when a partner configures nothing.
 * Typed, not validated at run time (it is validated by the SDK's tests), so reading it pulls in
 * no zod.
 */
export const defaultDataset: Dataset = {
  version: '1.0.0',
  updated: '2026-11-24',
  hotlines,
  regions,
  resources,
  audiences,
  curricula,
  trainingEvents,
  trainingStats,
  publicActs,
  redFlags,
  quizzes,
};
