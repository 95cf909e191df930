import { html, type TemplateResult } from 'lit';
import { hotlines } from '@ct-hart/sdk/data/hotlines';
import type { Locale } from '@ct-hart/sdk/schema';
import { renderHotlineLinks } from './links.js';

/**
 * The hotlines every HART widget offers when it has nothing better to show (the banner's default,
 * the quiz's results, the finder's empty state): emergency first, then the trafficking hotline and
 * the DCF Careline. Ids of `@ct-hart/sdk/data/hotlines`.
 */
export const HELP_LINE_IDS = ['emergency-911', 'national-human-trafficking-hotline', 'dcf-careline'] as const;

/** The help lines as a list (`ul.help`), each name with its call and text links: the quiz's results and failure screen, the finder's empty state. */
export function renderHelpLines(locale: Locale): TemplateResult {
  const help = HELP_LINE_IDS.map((id) => hotlines.find((line) => line.id === id)).filter((line) => !!line);
  return html`<ul class="help">
    ${help.map((line) => html`<li>${line.name[locale]}: ${renderHotlineLinks(line)}</li>`)}
  </ul>`;
}
