// What the docs site knows, computed at build time from the sources of truth: the elements'
// custom-elements.json (settings tables), the SDK's dataset (allowed values, fallback text), the
// package version (pinned CDN URLs) and the built CDN files (SRI hashes).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defaultDataset, HART_EMAIL } from '@ct-hart/sdk/data';
import { AUDIENCE_TYPES, RESOURCE_CATEGORIES, DCF_REGIONS } from '@ct-hart/sdk/schema/constants';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));

export const TAGS = ['hart-help-banner', 'hart-red-flag-quiz', 'hart-resource-finder', 'hart-training-request'];

export const version = JSON.parse(read('packages/elements/package.json')).version;

/** The date of the version's entry in packages/elements/CHANGELOG.md (`## 0.1.0 (2026-12-05)`), for "check for updates". */
export function releaseDate() {
  const changelog = read('packages/elements/CHANGELOG.md').toString();
  return changelog.match(new RegExp(`^## ${version.replace(/\./g, '\\.')} \\((\\d{4}-\\d{2}-\\d{2})\\)`, 'm'))?.[1] ?? 'unreleased';
}

/** `sha384-…` of a built CDN file, as a browser computes it for `integrity`. */
export function sri(file) {
  return `sha384-${createHash('sha384').update(read(`packages/elements/dist/cdn/${file}`)).digest('base64')}`;
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
 * Safari 18+, Firefox 138+). `text` is exactly what goes between the tags, and `csp` the hash a
 * page with a Content-Security-Policy adds to `script-src` to allow it. `urlOf` gives a chunk's
 * URL (the pinned CDN URL; tests pass their own server's).
 */
export function importMapFor(entry, urlOf = cdnUrl) {
  const integrity = Object.fromEntries(chunksOf(entry).map((file) => [urlOf(file), sri(file)]));
  const text = JSON.stringify({ integrity });
  return { text, csp: `'sha256-${createHash('sha256').update(text).digest('base64')}'` };
}

/** Values an attribute accepts, from the SDK; `undefined` when free text (the description says what). */
function allowedValues(tag, attribute) {
  const d = defaultDataset;
  switch (`${tag} ${attribute}`) {
    case 'hart-help-banner lines': return d.hotlines.map((h) => h.id);
    case 'hart-help-banner variant': return ['inline', 'bar', 'compact'];
    case 'hart-red-flag-quiz quiz': return d.quizzes.map((q) => q.id);
    case 'hart-resource-finder category': return [...RESOURCE_CATEGORIES];
    case 'hart-resource-finder region': return [...DCF_REGIONS];
    case 'hart-resource-finder language': return ['en', 'es'];
    case 'hart-training-request audience': return [...AUDIENCE_TYPES];
    case 'hart-training-request curriculum': return d.curricula.map((c) => c.id);
    default: return undefined;
  }
}

/**
 * One entry per element, from the manifest: public attributes only (the manifest also lists the
 * reactive state the elements keep as private fields), events, parts, CSS custom properties.
 */
export function widgetsFromManifest(manifest = JSON.parse(read('packages/elements/custom-elements.json'))) {
  const widgets = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const fields = new Map((declaration.members ?? []).map((m) => [m.name, m]));
      const attributes = (declaration.attributes ?? [])
        .filter((a) => {
          const field = fields.get(a.fieldName);
          return field?.privacy !== 'private' && field?.privacy !== 'protected' && !a.name.startsWith('_');
        })
        .map((a) => ({
          name: a.name,
          description: a.description ?? '',
          type: a.type?.text ?? '',
          default: a.default ?? '',
          allowed: allowedValues(declaration.tagName, a.name),
        }));
      widgets.push({
        tag: declaration.tagName,
        slug: declaration.tagName.replace(/^hart-/, ''),
        summary: (declaration.summary ?? '').split('\n\n')[0],
        attributes,
        events: (declaration.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: e.description ?? '' })),
        parts: (declaration.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        cssProperties: (declaration.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
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
    files: Object.fromEntries(['hart-elements.js', ...TAGS.map((t) => `${t}.js`)].map((f) => [f, { url: cdnUrl(f), integrity: sri(f), importMap: importMapFor(f) }])),
    hotlines: d.hotlines.map((h) => ({ id: h.id, name: h.name, phone: h.phone, sms: h.sms, email: h.email })),
    quizzes: d.quizzes.map((q) => ({ id: q.id, title: q.title })),
    audiences: d.audiences.map((a) => ({ id: a.id, name: a.name })),
    curricula: d.curricula.map((c) => ({ id: c.id, title: c.title })),
    categories: [...RESOURCE_CATEGORIES],
    regions: d.regions.map((r) => ({ id: r.id, name: r.name })),
    colours: Object.fromEntries(widgets.map((w) => [w.tag, w.cssProperties.filter((p) => p.name.startsWith('--hart-color')).map((p) => p.name)])),
  };
}
