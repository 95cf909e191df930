// What the docs site knows, computed at build time from the sources of truth: the elements'
// custom-elements.json (settings tables), the SDK's dataset (allowed values, fallback text), the
// package version (pinned CDN URLs) and the built CDN files (SRI hashes).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import markdownIt from 'markdown-it';
import { categoryLabels, defaultDataset, HART_EMAIL } from '@ct-hart/sdk/data';
import { AUDIENCE_TYPES, RESOURCE_CATEGORIES, DCF_REGIONS } from '@ct-hart/sdk/schema/constants';

import SPANISH from './manifest-es.mjs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));

export const TAGS = ['hart-help-banner', 'hart-red-flag-quiz', 'hart-resource-finder', 'hart-training-request'];

export const version = JSON.parse(read('packages/elements/package.json')).version;

/** The date of the version's entry in packages/elements/CHANGELOG.md (`## 0.1.0 (2026-12-05)`), for "check for updates". */
export function releaseDate() {
  const changelog = read('packages/elements/CHANGELOG.md').toString();
  return (
    changelog.match(new RegExp(`^## ${version.replace(/\./g, '\\.')} \\((\\d{4}-\\d{2}-\\d{2})\\)`, 'm'))?.[1] ??
    'unreleased'
  );
}

/** `sha384-…` of a built CDN file, as a browser computes it for `integrity`. */
export function sri(file) {
  return `sha384-${createHash('sha384')
    .update(read(`packages/elements/dist/cdn/${file}`))
    .digest('base64')}`;
}

export const cdnUrl = (file) => `https://cdn.jsdelivr.net/npm/@ct-hart/elements@${version}/dist/cdn/${file}`;

/**
 * Every chunk a CDN entry can load, statically or on demand, transitively (from the build's
 * dist/chunk-graph.json), sorted: the files the entry's own SRI does not cover.
 */
export function chunksOf(entry) {
  const graph = JSON.parse(read('packages/elements/dist/chunk-graph.json'));
  const seen = new Set([entry]);
  const visit = (file) => {
    for (const next of [...(graph[file]?.imports ?? []), ...(graph[file]?.dynamicImports ?? [])]) {
      if (seen.has(next)) continue;
      seen.add(next);
      visit(next);
    }
  };
  visit(entry);
  seen.delete(entry);
  return [...seen].sort();
}

/**
 * The import map a snippet puts before its script: an `integrity` entry for every chunk the entry
 * can load, so the browser refuses a changed chunk as it refuses a changed entry (Chrome 127+,
 * Safari 18+, Firefox 138+); a chunk retried after a failure has an entry for each retry URL.
 * `text` is exactly what goes between the tags, and `csp` the hash a
 * page with a Content-Security-Policy adds to `script-src` to allow it. `urlOf` gives a chunk's
 * URL (the pinned CDN URL; tests pass their own server's).
 */
export function importMapFor(entry, urlOf = cdnUrl) {
  const graph = JSON.parse(read('packages/elements/dist/chunk-graph.json'));
  // A chunk loaded again after a failure is asked for under `#retry-N` too (shared/chunk-loader.ts):
  // an import map's integrity is looked up by the whole URL, fragment included.
  const integrity = Object.fromEntries(
    chunksOf(entry).flatMap((file) =>
      ['', ...(graph[file]?.retryFragments ?? [])].map((fragment) => [`${urlOf(file)}${fragment}`, sri(file)]),
    ),
  );
  const text = JSON.stringify({ integrity });
  return { text, csp: `'sha256-${createHash('sha256').update(text).digest('base64')}'` };
}

const markdown = markdownIt({ html: false });
const inline = (text) => markdown.renderInline(text);
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * A JSDoc text from the manifest in both languages, as HTML (`code` becomes <code>). The Spanish
 * comes from site/manifest-es.mjs; `es` is `undefined` when that table lacks the text (the page
 * then shows the English, marked lang="en", and site-data.test.ts fails).
 */
export function docText(english) {
  const en = collapse(english ?? '');
  const es = SPANISH[en];
  return { en: inline(en), es: es === undefined ? undefined : inline(es) };
}

const LANGUAGE_NAMES = { en: { en: 'English', es: 'inglés' }, es: { en: 'Spanish', es: 'español' } };

/** Values an attribute accepts, from the SDK, each with its name in both languages when it has one. */
function allowedValues(tag, attribute, constants) {
  const d = defaultDataset;
  switch (`${tag} ${attribute}`) {
    case 'hart-help-banner lines':
      return d.hotlines.map((h) => ({ id: h.id, name: h.name }));
    case 'hart-help-banner variant':
      return literal(constants.get('HELP_BANNER_VARIANTS') ?? '')
        .split(' ')
        .map((id) => ({ id }));
    case 'hart-red-flag-quiz quiz':
      return d.quizzes.map((q) => ({ id: q.id, name: q.title }));
    case 'hart-resource-finder category':
      return RESOURCE_CATEGORIES.map((id) => ({ id, name: categoryLabels[id] }));
    case 'hart-resource-finder region':
      return DCF_REGIONS.map((id) => ({ id, name: d.regions.find((r) => r.id === id)?.name }));
    case 'hart-resource-finder language':
      return ['en', 'es'].map((id) => ({ id, name: LANGUAGE_NAMES[id] }));
    case 'hart-training-request audience':
      return AUDIENCE_TYPES.map((id) => ({ id, name: d.audiences.find((a) => a.id === id)?.name }));
    case 'hart-training-request curriculum':
      return d.curricula.map((c) => ({ id: c.id, name: c.title }));
    default:
      return undefined;
  }
}

/** What a free-text attribute takes, in words, by the attribute's name (the manifest only says `string`). */
const VALUE_KINDS = {
  'exit-url': { en: 'an https address', es: 'una dirección https' },
  src: { en: 'an https address', es: 'una dirección https' },
  endpoint: { en: 'an https address', es: 'una dirección https' },
  'report-email': { en: 'an email address', es: 'una dirección de correo' },
  age: { en: 'a whole number, 0 to 120', es: 'un número entero, de 0 a 120' },
  'page-size': { en: 'a whole number', es: 'un número entero' },
};
const TYPE_WORDS = {
  boolean: { en: 'present or absent', es: 'presente o ausente' },
  number: { en: 'a number', es: 'un número' },
  text: { en: 'text', es: 'texto' },
};

/** What a default means, where its value alone does not say it (by attribute name). */
const DEFAULT_NOTES = {
  'exit-url': { en: 'a neutral search page', es: 'una página de búsqueda neutral' },
  lines: { en: 'the first three', es: 'las tres primeras' },
};
const NO_DEFAULT = { en: 'none', es: 'ninguno' };
const ABSENT = { en: 'absent (off)', es: 'ausente (desactivado)' };
const NO_FILTER = { en: 'none (no filter)', es: 'ninguno (sin filtro)' };
const EMAIL_TO_HART = {
  en: 'none: the form writes an email to HART',
  es: 'ninguno: el formulario prepara un correo a HART',
};
const BUILT_IN = { en: 'none: the built-in data', es: 'ninguno: los datos incluidos' };
const PERSON_CHOOSES = { en: 'none: the person chooses', es: 'ninguno: la persona elige' };
/** Defaults the analyzer cannot read (set in the constructor from an expression), by the constant that holds them. */
const DEFAULT_CONSTANTS = { 'hart-help-banner lines': 'DEFAULT_LINES' };

/** The value of a JavaScript literal the manifest quotes as source (`'inline'`, `['a', 'b']`, `10`). */
function literal(source) {
  const text = source.trim();
  if (/^'[^']*'$/.test(text)) return text.slice(1, -1);
  if (/^\[.*\]$/s.test(text)) return [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]).join(' ');
  return text;
}

/**
 * The default as a webmaster reads it: `value` is what they would type (a constant's name replaced
 * by its value, quotes dropped), `note` says in words what it is or why there is none.
 */
function readableDefault(tag, attribute, type, constants) {
  let source = DEFAULT_CONSTANTS[`${tag} ${attribute.name}`] ?? attribute.default ?? '';
  // A constant may name another (`DEFAULT_LINES = HELP_LINE_IDS`): follow it to a literal.
  for (let hops = 0; constants.has(source) && hops < 4; hops++) source = constants.get(source);
  const value = literal(source);
  if (type === 'boolean') return { note: ABSENT };
  if (value) return { value, note: DEFAULT_NOTES[attribute.name] };
  if (tag === 'hart-resource-finder' && attribute.name !== 'src') return { note: NO_FILTER };
  if (attribute.name === 'endpoint') return { note: EMAIL_TO_HART };
  if (attribute.name === 'src') return { note: BUILT_IN };
  if (tag === 'hart-training-request') return { note: PERSON_CHOOSES };
  return { note: NO_DEFAULT };
}

/** `string | undefined` → text, `HelpBannerVariant` → text (its values are listed): the manifest's type in words. */
function typeWord(type) {
  const parts = type
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== 'undefined');
  if (parts.length === 1 && parts[0] === 'boolean') return 'boolean';
  if (parts.length === 1 && parts[0] === 'number') return 'number';
  return 'text';
}

/**
 * One entry per element, from the manifest: its attributes (internal reactive state is no attribute
 * there: packages/elements/custom-elements-manifest.config.mjs), events, parts, CSS custom
 * properties. Every text is `{ en, es }`; descriptions are HTML.
 */
export function widgetsFromManifest(manifest = JSON.parse(read('packages/elements/custom-elements.json'))) {
  // The SDK's constants the elements' defaults name, beside the elements' own from the manifest.
  const constants = new Map([['HART_EMAIL', `'${HART_EMAIL}'`]]);
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? [])
      if (declaration.kind === 'variable' && typeof declaration.default === 'string')
        constants.set(declaration.name, declaration.default);
  }
  const widgets = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const attributes = (declaration.attributes ?? []).map((a) => {
        const type = typeWord(a.type?.text ?? '');
        const allowed = allowedValues(declaration.tagName, a.name, constants);
        return {
          name: a.name,
          description: docText(a.description),
          type,
          allowed,
          kind: allowed ? undefined : (VALUE_KINDS[a.name] ?? TYPE_WORDS[type]),
          default: readableDefault(declaration.tagName, a, type, constants),
        };
      });
      const named = (list) =>
        (list ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: docText(e.description) }));
      widgets.push({
        tag: declaration.tagName,
        slug: declaration.tagName.replace(/^hart-/, ''),
        summary: docText((declaration.summary ?? '').split('\n\n')[0]),
        attributes,
        events: named(declaration.events),
        parts: named(declaration.cssParts),
        cssProperties: named(declaration.cssProperties),
      });
    }
  }
  return widgets.sort((a, b) => TAGS.indexOf(a.tag) - TAGS.indexOf(b.tag));
}

/** What the snippet builder needs from the dataset, in both languages. */
export function builderData() {
  const d = defaultDataset;
  const widgets = widgetsFromManifest();
  return {
    version,
    releaseDate: releaseDate(),
    email: HART_EMAIL,
    files: Object.fromEntries(
      ['hart-elements.js', ...TAGS.map((t) => `${t}.js`)].map((f) => [
        f,
        { url: cdnUrl(f), integrity: sri(f), importMap: importMapFor(f) },
      ]),
    ),
    hotlines: d.hotlines.map((h) => ({ id: h.id, name: h.name, phone: h.phone, sms: h.sms, email: h.email })),
    quizzes: d.quizzes.map((q) => ({ id: q.id, title: q.title })),
    audiences: d.audiences.map((a) => ({ id: a.id, name: a.name })),
    curricula: d.curricula.map((c) => ({ id: c.id, title: c.title })),
    categories: RESOURCE_CATEGORIES.map((id) => ({ id, name: categoryLabels[id] })),
    regions: d.regions.map((r) => ({ id: r.id, name: r.name })),
    colours: Object.fromEntries(
      widgets.map((w) => [w.tag, w.cssProperties.filter((p) => p.name.startsWith('--hart-color')).map((p) => p.name)]),
    ),
  };
}
