import { configureLocalization } from '@lit/localize';
import type { Locale } from '@ct-hart/sdk/schema';

export type { Locale };
const SUPPORTED_LOCALES: readonly Locale[] = ['en', 'es'];

/**
 * Spanish templates of every HART widget on the page, by message id. Each widget registers its
 * own (see {@link addSpanishTemplates}), so a page pays only for the strings of the widgets it loads.
 */
const spanish: Record<string, unknown> = {};

/**
 * The catalogs key a message by the first characters of lit-localize's id (`s` + a hash of the
 * English text): scripts/localize.mjs shortens them at build time and fails on a collision. The full
 * ids are 16 hex digits that do not compress; shortening saves about 5 bytes gz per message.
 */
export const MESSAGE_ID_LENGTH = 6;
const spanishByFullId = new Proxy(spanish, { get: (store, id) => store[String(id).slice(0, MESSAGE_ID_LENGTH)] });

/** Adds a widget's generated Spanish templates (from `src/generated/<group>/es.ts`). */
export function addSpanishTemplates(templates: Record<string, unknown>): void {
  Object.assign(spanish, templates);
}

let pinned: Locale | undefined;
let observer: MutationObserver | undefined;
const warned = new Set<string>();

/**
 * @lit/localize is configured once per copy of the library. The CDN bundles carry their own copy;
 * an npm host that configured @lit/localize itself keeps its own configuration and HART follows it.
 */
let localization: { getLocale(): string; setLocale(locale: string): Promise<void> };
try {
  localization = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['es'],
    loadLocale: async () => ({ templates: spanishByFullId }) as never,
  });
} catch (cause) {
  console.warn(
    'HART elements: @lit/localize was already configured by the page; HART strings follow its locale.',
    cause,
  );
  localization = { getLocale: () => 'en', setLocale: async () => {} };
}

/** The locale HART content is shown in: `en` or `es`. */
export function getLocale(): Locale {
  return localization.getLocale() === 'es' ? 'es' : 'en';
}

/** `es-MX` → `es`; anything unsupported → `en`, with one console warning per value. */
function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((SUPPORTED_LOCALES as readonly string[]).includes(primary)) return primary as Locale;
  if (primary && !warned.has(primary)) {
    warned.add(primary);
    console.warn(
      `HART elements: no translation for locale "${tag}"; showing English. Pin one with <meta name="hart-locale" content="es">.`,
    );
  }
  return 'en';
}

/** What the page asks for: a `<meta name="hart-locale">` pin, else `<html lang>`. */
function pageLocale(doc: Document = document): Locale {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="hart-locale"]')?.content;
  return resolveLocale(meta || doc.documentElement.lang || 'en');
}

function apply(): Promise<void> {
  const wanted = pinned ?? pageLocale();
  return wanted === getLocale() ? Promise.resolve() : localization.setLocale(wanted);
}

/**
 * Starts following the page language (live, through a MutationObserver on `<html lang>` and the
 * `hart-locale` meta). Called by every HART element when it connects; does the work once.
 */
export function followPageLocale(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(follow);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  observer.observe(document.head ?? document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['content', 'name'],
  });
  follow();
}

/** Following the page never rejects into it: a translation that cannot load leaves the current language. */
function follow(): void {
  apply().catch((cause: unknown) =>
    console.warn('HART elements: the translation could not be loaded; the current language stays.', cause),
  );
}

/**
 * Pins the locale of every HART element on the page, whatever `<html lang>` says. Pass
 * `undefined` to follow the page again.
 */
export function setLocale(locale: string | undefined): Promise<void> {
  pinned = locale === undefined ? undefined : resolveLocale(locale);
  return apply();
}
