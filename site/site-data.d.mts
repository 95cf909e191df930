type Text = { en: string; es: string };
/** HTML from a JSDoc text; `es` is undefined when site/manifest-es.mjs has no Spanish for it. */
type DocText = { en: string; es: string | undefined };
export interface WidgetDoc {
  tag: string;
  slug: string;
  summary: DocText;
  attributes: {
    name: string;
    description: DocText;
    /** The manifest's type in a word: `string | undefined` is text. */
    type: 'boolean' | 'number' | 'text';
    /** Values from the SDK, with their names when they have one. */
    allowed: { id: string; name?: Text }[] | undefined;
    /** What a free-text attribute takes, in words (when `allowed` is undefined). */
    kind: Text | undefined;
    /** `value` as a webmaster types it; `note` says what it is, or why there is none. */
    default: { value?: string; note?: Text };
  }[];
  events: { name: string; description: DocText }[];
  parts: { name: string; description: DocText }[];
  cssProperties: { name: string; description: DocText }[];
}
/** An import map's exact text and the CSP `script-src` source that allows it. */
export interface ImportMap {
  text: string;
  csp: string;
}
export interface BuilderData {
  version: string;
  releaseDate: string;
  email: string;
  files: Record<string, { url: string; integrity: string; importMap: ImportMap }>;
  hotlines: { id: string; name: Text; phone?: string; sms?: string; email?: string }[];
  quizzes: { id: string; title: Text }[];
  audiences: { id: string; name: Text }[];
  curricula: { id: string; title: Text }[];
  categories: { id: string; name: Text }[];
  regions: { id: string; name: Text }[];
  colours: Record<string, string[]>;
}
export const TAGS: string[];
export const version: string;
export function releaseDate(): string;
export function sri(file: string): string;
export function cdnUrl(file: string): string;
export function docText(english: string | undefined): DocText;
export function chunksOf(entry: string): string[];
export function importMapFor(entry: string, urlOf?: (file: string) => string): ImportMap;
export function widgetsFromManifest(manifest?: unknown): WidgetDoc[];
export function builderData(): BuilderData;
