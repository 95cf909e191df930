/* global URLSearchParams */
// The snippet builder's output, as a pure function of the choices and the build-time data
// (site/site-data.mjs). The builder page and the tests both call it, so what the tests check is
// what a webmaster copies.
// The URL rules are the SDK's own module (the one the elements use), served by the docs site at the
// same path it has in the repository, so this file loads it in the browser and in Node alike.
import { fetchableUrl, isExitUrl } from '../../packages/sdk/dist/schema/url-rules.js';

/** @typedef {{ widget: string, lang: 'en' | 'es' | 'page', attrs: Record<string, string | boolean>, colours: Record<string, string> }} Choices */

const esc = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const digits = (phone) => phone.replace(/[^\d]/g, '');
/** `tel:` for a number as HART publishes it: 911 stays short, 1-8xx numbers get +1. */
export const telHref = (phone) => (digits(phone).length === 11 ? `tel:+${digits(phone)}` : `tel:${digits(phone)}`);

const TEXT = {
  en: {
    call: 'Call',
    text: 'text',
    Text: 'Text',
    or: 'or',
    email: 'Email',
    exit: 'Quick exit',
    quiz: (title) =>
      `${title}: a short quiz from Connecticut's Human Anti-trafficking Response Team (HART). Need help now?`,
    finder: 'Find help in Connecticut. Need help now?',
    form: (email) => `To ask HART for a training, email ${email}.`,
  },
  es: {
    call: 'Llame al',
    text: 'envíe un mensaje de texto al',
    Text: 'Envíe un mensaje de texto al',
    or: 'o',
    email: 'Correo',
    exit: 'Salida rápida',
    quiz: (title) =>
      `${title}: un breve cuestionario del Equipo de Respuesta contra la Trata de Personas (HART) de Connecticut. ¿Necesita ayuda ahora?`,
    finder: 'Encuentre ayuda en Connecticut. ¿Necesita ayuda ahora?',
    form: (email) => `Para pedir una capacitación a HART, escriba a ${email}.`,
  },
};

/**
 * The attributes that hold a URL, and the element's rule for each: `exit-url` an absolute https
 * page; `endpoint` and `src` where the element may send or fetch (absolute: a snippet has no base).
 */
export const URL_ATTRIBUTES = {
  'exit-url': (value) => isExitUrl(value),
  endpoint: (value) => fetchableUrl(value) !== undefined,
  src: (value) => fetchableUrl(value) !== undefined,
};

/** True when `name` holds a URL and the element would refuse `value`: such a value is never written. */
export const isRefusedUrl = (name, value) =>
  Object.hasOwn(URL_ATTRIBUTES, name) && typeof value === 'string' && !URL_ATTRIBUTES[name](value.trim());

/** The choices without any URL the element would refuse. */
const withoutRefusedUrls = (choices) => ({
  ...choices,
  attrs: Object.fromEntries(Object.entries(choices.attrs).filter(([name, value]) => !isRefusedUrl(name, value))),
});

/**
 * The links of a fallback and of a pre-rendered snapshot work without script: they send no
 * `Referer` (the exit site must not learn where the person was).
 */
export const NO_REFERRER = 'rel="noreferrer" referrerpolicy="no-referrer"';

/** The help lines a widget's fallback lists (the banner's own choice, else the three phone lines). */
function fallbackLines(choices, data) {
  const ids =
    typeof choices.attrs.lines === 'string' && choices.attrs.lines.trim()
      ? choices.attrs.lines.trim().split(/[\s,]+/)
      : null;
  const lines = ids
    ? ids.map((id) => data.hotlines.find((h) => h.id === id)).filter(Boolean)
    : data.hotlines.filter((h) => h.phone);
  return lines;
}

/** One help line as a sentence: "Call 911 or text 911" ("Llame al 911 o envíe un mensaje de texto al 911"). */
function lineHtml(line, lang) {
  const t = TEXT[lang];
  const parts = [];
  if (line.phone) parts.push(`${t.call} <a href="${telHref(line.phone)}">${esc(line.phone)}</a>`);
  if (line.sms) parts.push(`${parts.length ? t.text : t.Text} <a href="sms:${digits(line.sms)}">${esc(line.sms)}</a>`);
  const reach = parts.join(` ${t.or} `);
  const email = line.email ? `<a href="mailto:${esc(line.email)}">${esc(line.email)}</a>` : '';
  return `<li>${esc(line.name[lang])}: ${[reach, email].filter(Boolean).join(', ')}</li>`;
}

/**
 * The style a fallback needs to read as one block without JavaScript, or '' (most need none):
 * - "Follow my page" carries both languages; only the one of the page's `lang` shows.
 * - A bar's fallback stays at the bottom of the screen as the bar would (sticky, so at the end of
 *   the page it takes its own room below the footer instead of covering it), a plain strip, not a
 *   bulleted list. The widget's own render replaces all of it.
 * A page whose Content-Security-Policy allows no inline style shows the fallback unstyled (docs/embedding.md).
 */
function fallbackStyle(choices) {
  const tag = choices.widget;
  const rules = [];
  if (choices.lang === 'page')
    rules.push(`${tag}:lang(es)>[lang=en],${tag}:not(:lang(es))>[lang=es]{display:none!important}`);
  if (tag === 'hart-help-banner' && choices.attrs.variant === 'bar') {
    rules.push(
      `${tag}[variant=bar]:not(:defined){display:block;position:sticky;bottom:0;z-index:2147483000}`,
      `${tag}[variant=bar]:not(:defined)>div{background:#fff;color:#1b1b1b;border-top:2px solid #005ea2;box-shadow:0 -2px 6px #0003;padding:.25em .75em;display:flex;flex-wrap:wrap;align-items:center;gap:0 1.5em}`,
      `${tag}[variant=bar]:not(:defined) :is(ul,p){display:contents}`,
      `${tag}[variant=bar]:not(:defined) li{display:block}`,
    );
  }
  return rules.length ? `<style>${rules.join('\n')}</style>` : '';
}

/** The fallback: what shows before the script runs and without JavaScript, from the dataset. */
export function fallbackHtml(choices, data, lang) {
  choices = withoutRefusedUrls(choices);
  const t = TEXT[lang];
  const exitUrl =
    typeof choices.attrs['exit-url'] === 'string' && choices.attrs['exit-url']
      ? choices.attrs['exit-url']
      : 'https://www.google.com/';
  const exit =
    choices.attrs['no-exit'] || choices.widget === 'hart-training-request'
      ? ''
      : `\n  <p><a href="${esc(exitUrl)}" ${NO_REFERRER}>${t.exit}</a></p>`;
  const list = (lines) => `\n  <ul>\n    ${lines.map((l) => lineHtml(l, lang)).join('\n    ')}\n  </ul>`;
  // "Follow my page": each language's block says its language, so the page's alone shows (fallbackStyle).
  const lang_ = choices.lang === 'page' ? ` lang="${lang}"` : '';
  switch (choices.widget) {
    case 'hart-help-banner':
      return `<div${lang_}>${list(fallbackLines(choices, data))}${exit}\n</div>`;
    case 'hart-red-flag-quiz': {
      const quiz = data.quizzes.find((q) => q.id === (choices.attrs.quiz || 'youth-online-safety')) ?? data.quizzes[0];
      return `<div${lang_}>\n  <p>${esc(t.quiz(quiz.title[lang]))}</p>${list(fallbackLines({ ...choices, attrs: {} }, data))}${exit}\n</div>`;
    }
    case 'hart-resource-finder':
      return `<div${lang_}>\n  <p>${esc(t.finder)}</p>${list(fallbackLines({ ...choices, attrs: {} }, data))}${exit}\n</div>`;
    default:
      return `<div${lang_}>\n  <p>${esc(t.form(data.email)).replace(esc(data.email), `<a href="mailto:${esc(data.email)}">${esc(data.email)}</a>`)}</p>\n</div>`;
  }
}

/** The element's attributes in a stable order: only those set, booleans bare. */
export function attributeText(choices) {
  choices = withoutRefusedUrls(choices);
  let text = '';
  for (const [name, value] of Object.entries(choices.attrs)) {
    if (value === true) text += ` ${name}`;
    else if (typeof value === 'string' && value.trim()) text += ` ${name}="${esc(value.trim())}"`;
  }
  const colours = Object.entries(choices.colours ?? {}).filter(([, v]) => /^#[0-9a-f]{6}$/i.test(v));
  if (colours.length) text += ` style="${colours.map(([k, v]) => `${k}: ${v}`).join('; ')}"`;
  return text;
}

/**
 * The text a webmaster pastes: an import map with the hash of every chunk, a version-pinned script with SRI, the language pin if any, and the
 * element with its fallback. `snapshot` (optional) is a `<template shadowrootmode="open">…</template>`
 * produced from the real element (site/assets/snapshot.js): the pre-rendered variant.
 */
export function buildSnippet(choices, data, snapshot = '') {
  if (!Object.hasOwn(data.files, `${choices.widget}.js`)) throw new Error(`not a HART widget: ${choices.widget}`);
  const file = data.files[`${choices.widget}.js`];
  // The import map first: it gives every chunk the entry loads a hash (the entry's SRI covers only the entry).
  const lines =
    file.importMap && file.importMap.text !== '{"integrity":{}}'
      ? [`<script type="importmap">${file.importMap.text}</script>`]
      : [];
  lines.push(`<script type="module" src="${file.url}" integrity="${file.integrity}" crossorigin="anonymous"></script>`);
  if (choices.lang !== 'page') lines.push(`<meta name="hart-locale" content="${choices.lang}">`);
  const style = fallbackStyle(withoutRefusedUrls(choices));
  const fallback =
    (style ? `${style}\n` : '') +
    (choices.lang === 'page'
      ? `${fallbackHtml(choices, data, 'en')}\n${fallbackHtml(choices, data, 'es')}`
      : fallbackHtml(choices, data, choices.lang));
  const version = snapshot ? ` data-hart-version="${data.version}"` : '';
  lines.push(
    `<${choices.widget}${attributeText(choices)}${version}>${snapshot ? `\n${snapshot}` : ''}\n${fallback.replace(/^/gm, '  ')}\n</${choices.widget}>`,
  );
  return lines.join('\n');
}

/** Choices ⇄ URL query, so a configuration can be shared. */
export function choicesToQuery(choices) {
  const q = new URLSearchParams({ widget: choices.widget, lang: choices.lang });
  for (const [k, v] of Object.entries(choices.attrs))
    if (v === true) q.set(k, '');
    else if (v) q.set(k, v);
  for (const [k, v] of Object.entries(choices.colours ?? {})) if (v) q.set(k, v);
  if (choices.prerender) q.set('prerender', '1');
  return q.toString();
}
