import type { Region } from '../schema/region.js';
import { t } from './text.js';

/** DCF's regions and their area offices. */
export const regions: Region[] = [
  { id: 'statewide', name: t('Statewide', 'Todo el estado'), areaOffices: [] },
  { id: 'region-1', name: t('Region 1 (Southwest)', 'Región 1 (Suroeste)'), areaOffices: ['Bridgeport', 'Norwalk'] },
  {
    id: 'region-2',
    name: t('Region 2 (South Central)', 'Región 2 (Centro Sur)'),
    areaOffices: ['Milford', 'New Haven'],
  },
  {
    id: 'region-3',
    name: t('Region 3 (Eastern)', 'Región 3 (Este)'),
    areaOffices: ['Middletown', 'Norwich', 'Willimantic'],
  },
  {
    id: 'region-4',
    name: t('Region 4 (North Central)', 'Región 4 (Centro Norte)'),
    areaOffices: ['Hartford', 'Manchester'],
  },
  {
    id: 'region-5',
    name: t('Region 5 (West)', 'Región 5 (Oeste)'),
    areaOffices: ['Danbury', 'Torrington', 'Waterbury'],
  },
  { id: 'region-6', name: t('Region 6 (Central)', 'Región 6 (Centro)'), areaOffices: ['Meriden', 'New Britain'] },
];
