type Text = { en: string; es: string };
export interface WidgetDoc {
  tag: string;
  slug: string;
  summary: string;
  attributes: { name: string; description: string; type: string; default: string; allowed: string[] | undefined }[];
  events: { name: string; description: string }[];
  parts: { name: string; description: string }[];
  cssProperties: { name: string; description: string }[];
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
  categories: string[];
  regions: { id: string; name: Text }[];
  colours: Record<string, string[]>;
}
export const TAGS: string[];
export const version: string;
export function releaseDate(): string;
export function sri(file: string): string;
export function cdnUrl(file: string): string;
export function chunksOf(entry: string): string[];
export function importMapFor(entry: string, urlOf?: (file: string) => string): ImportMap;
export function widgetsFromManifest(manifest?: unknown): WidgetDoc[];
export function builderData(): BuilderData;
