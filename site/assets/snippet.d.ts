import type { BuilderData } from '../site-data.mjs';

export interface Choices {
  widget: string;
  lang: 'en' | 'es' | 'page';
  attrs: Record<string, string | boolean>;
  colours: Record<string, string>;
  prerender?: boolean;
}
export const URL_ATTRIBUTES: Record<'exit-url' | 'endpoint' | 'src', (value: string) => boolean>;
export function isRefusedUrl(name: string, value: unknown): boolean;
export const NO_REFERRER: string;
export function telHref(phone: string): string;
export function fallbackHtml(choices: Choices, data: BuilderData, lang: 'en' | 'es'): string;
export function attributeText(choices: Choices): string;
export function buildSnippet(choices: Choices, data: BuilderData, snapshot?: string): string;
export function choicesToQuery(choices: Choices): string;
