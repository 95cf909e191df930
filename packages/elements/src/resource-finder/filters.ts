import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { categoryLabels } from '@ct-hart/sdk/data/labels';
import { regions } from '@ct-hart/sdk/data/regions';
import type { ResourceCategory } from '@ct-hart/sdk/schema';
import { reportError } from '../shared/events.js';
import type { Locale } from '../shared/locale.js';

export const CATEGORIES = Object.keys(categoryLabels) as ResourceCategory[];

const split = (value: string | null | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/** What the person has chosen in the filters (the attributes preset them). */
export interface FinderFilters {
  categories: string[];
  ageFilter: string;
  regionFilter: string;
  languageFilter: string;
}

/**
 * The filters the attributes preset (those of `changed`); a value the finder cannot use is reported
 * on `element` and ignored.
 */
export function presetFilters(
  element: HTMLElement & {
    category?: string | undefined;
    age?: string | undefined;
    region?: string | undefined;
    language?: string | undefined;
  },
  changed: ReadonlyMap<PropertyKey, unknown>,
): Partial<FinderFilters> {
  const { category, age: ageAttribute, region: regionAttribute, language: languageAttribute } = element;
  const filters: Partial<FinderFilters> = {};
  if (changed.has('category')) {
    const wanted = split(category);
    const unknown = wanted.filter((c) => !(CATEGORIES as string[]).includes(c));
    if (unknown.length)
      reportError(
        element,
        'invalid-attribute',
        `category: unknown ${unknown.map((c) => `"${c}"`).join(', ')}. Categories: ${CATEGORIES.join(', ')}.`,
      );
    filters.categories = wanted.filter((c) => (CATEGORIES as string[]).includes(c));
  }
  if (changed.has('age')) {
    const age = Number(ageAttribute);
    const valid =
      ageAttribute === undefined ||
      ageAttribute === null ||
      (ageAttribute !== '' && Number.isInteger(age) && age >= 0 && age <= 120);
    if (!valid)
      reportError(
        element,
        'invalid-attribute',
        `age="${ageAttribute}" is not a whole number from 0 to 120; no age filter is applied.`,
      );
    filters.ageFilter = valid && ageAttribute != null ? String(age) : '';
  }
  if (changed.has('region')) {
    const region = (regionAttribute ?? '').trim();
    if (/^region-/.test(region) && !regions.some((r) => r.id === region)) {
      reportError(
        element,
        'invalid-attribute',
        `region="${region}" is not a DCF region (${regions.map((r) => r.id).join(', ')}) ; no region filter is applied.`,
      );
      filters.regionFilter = '';
    } else {
      filters.regionFilter = region;
    }
  }
  if (changed.has('language')) {
    const language = (languageAttribute ?? '').trim().toLowerCase();
    if (language && !/^[a-z]{2,3}$/.test(language)) {
      reportError(
        element,
        'invalid-attribute',
        `language="${languageAttribute}" is not a language code such as en or es; no language filter is applied.`,
      );
      filters.languageFilter = '';
    } else {
      filters.languageFilter = language;
    }
  }
  return filters;
}

/** The filters panel (kind of help, age, region or town, language, "Clear filters"); on a phone behind the "Filters" button. */
export function renderFilters(
  filters: FinderFilters,
  locale: Locale,
  {
    open,
    onChange,
    onCategory,
    onClear,
  }: {
    open: boolean;
    onChange: (changed: Partial<FinderFilters>) => void;
    onCategory: (category: ResourceCategory, checked: boolean) => void;
    onClear: () => void;
  },
): TemplateResult {
  const input = (handler: (value: string) => void) => (event: Event) =>
    handler((event.target as HTMLInputElement).value);
  return html`<div id="filters" class=${open ? 'filter-panel open' : 'filter-panel'}>
  <div class="filters" part="filters">
    <fieldset>
      <legend>${msg('Kind of help')}</legend>
      <div class="categories">
        ${CATEGORIES.map(
          (category) => html`<label
            ><input
              type="checkbox"
              .checked=${filters.categories.includes(category)}
              @change=${(event: Event) => onCategory(category, (event.target as HTMLInputElement).checked)}
            />${categoryLabels[category][locale]}</label
          >`,
        )}
      </div>
    </fieldset>
    <div>
      <label for="age">${msg('Age')}</label>
      <input id="age" type="number" min="0" max="120" inputmode="numeric" .value=${filters.ageFilter} @input=${input((v) => onChange({ ageFilter: v }))} />
    </div>
    <div>
      <label for="region">${msg('Region or town')}</label>
      <select id="region" @change=${input((v) => onChange({ regionFilter: v }))}>
        <option value="" ?selected=${!filters.regionFilter}>${msg('Anywhere in Connecticut')}</option>
        ${regions
          .filter((r) => r.id !== 'statewide')
          .map(
            (r) => html`<optgroup label=${r.name[locale]}>
              <option value=${r.id} ?selected=${filters.regionFilter === r.id}>${msg(str`All of ${r.name[locale]}`)}</option>
              ${r.areaOffices.map((town) => html`<option value=${town} ?selected=${filters.regionFilter.toLowerCase() === town.toLowerCase()}>${town}</option>`)}
            </optgroup>`,
          )}
      </select>
    </div>
    <div>
      <label for="language">${msg('Language')}</label>
      <select id="language" @change=${input((v) => onChange({ languageFilter: v }))}>
        <option value="" ?selected=${!filters.languageFilter}>${msg('Any language')}</option>
        <option value="en" lang="en" ?selected=${filters.languageFilter === 'en'}>English</option>
        <option value="es" lang="es" ?selected=${filters.languageFilter === 'es'}>Español</option>
      </select>
    </div>
  </div>
  <div class="bar">
    <button type="button" @click=${onClear}>${msg('Clear filters')}</button>
  </div>
</div>`;
}
