/* global document, window, Event */
// The builder's preview frame: shows the snippet (without its CDN script line: the frame loads the
// same bundle from this site) and, on request, makes the pre-rendered snapshot of it.
import { rendered, snapshotTemplate } from './snapshot.js';

const TAGS = ['hart-help-banner', 'hart-red-flag-quiz', 'hart-resource-finder', 'hart-training-request'];

/** Shows `markup` (the snippet minus its script line) in page language `lang`. */
window.hartShow = async (markup, lang) => {
  // The shown widget's own file, as on a partner page (hart-elements.js is three times the parsing).
  const tag = TAGS.find((name) => markup.includes(`<${name}`));
  if (tag) await import(`/cdn/${tag}.js`);
  document.documentElement.lang = lang === 'es' ? 'es' : 'en';
  const root = document.getElementById('preview-root');
  root.innerHTML = markup;
  const el = root.querySelector(
    '[data-hart-widget], hart-help-banner, hart-red-flag-quiz, hart-resource-finder, hart-training-request',
  );
  await rendered(el);
  return el;
};

/** The snapshot of the widget now shown. */
window.hartSnapshot = async () => {
  const el = document.querySelector(
    '#preview-root > :is(hart-help-banner, hart-red-flag-quiz, hart-resource-finder, hart-training-request)',
  );
  await rendered(el);
  // The exit URL as the element resolved it (its own rule: an https page, else its default).
  return snapshotTemplate(el, el.exitUrl);
};
window.dispatchEvent(new Event('hart-frame-ready'));
document.documentElement.dataset.ready = '';
