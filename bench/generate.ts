import { defaultDataset } from '../packages/sdk/src/data/index.js';
import type { Resource } from '../packages/sdk/src/schema/index.js';

const TOWNS = [
  'Hartford',
  'New Haven',
  'Bridgeport',
  'Waterbury',
  'Norwich',
  'Danbury',
  'Meriden',
  'Middletown',
  'Torrington',
  'Willimantic',
];
const WORDS = [
  'support',
  'youth',
  'family',
  'counseling',
  'shelter',
  'advocacy',
  'clinic',
  'program',
  'outreach',
  'services',
  'apoyo',
  'familia',
  'jóvenes',
  'refugio',
  'clínica',
];

/** `count` plausible resources, deterministic, made by varying the real ones. */
export function generateResources(count: number): Resource[] {
  const base = defaultDataset.resources;
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const r = base[i % base.length]!;
    const town = pick(TOWNS);
    const extra = `${pick(WORDS)} ${pick(WORDS)} ${town}`;
    return {
      ...r,
      id: `${r.id}-${i}`,
      name: { en: `${r.name.en} ${town} ${i}`, es: `${r.name.es} ${town} ${i}` },
      description: { en: `${r.description.en} ${extra}`, es: `${r.description.es} ${extra}` },
      serviceArea: { ...r.serviceArea, towns: [town] },
    };
  });
}

export const QUERIES = [
  'vivienda',
  'legal',
  'lgbtq',
  'mentoring hartford',
  'case management',
  'therapy',
  'inmigracion',
  'hot',
  'foster care youth',
  'clinic',
];

/** Misspelt queries, as people type them: timed with the others, typo tolerance on. */
export const TYPO_QUERIES = ['housng', 'abogdo', 'councelling', 'refujio', 'mentorng'];
