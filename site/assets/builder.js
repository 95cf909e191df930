/* global document, navigator, history, location, URLSearchParams, IntersectionObserver */
// The snippet builder (docs/builder.njk): form → choices → snippet text (snippet.js) → preview.
// The choices live in the page address, so a configuration can be shared.
// The preview frame loads only when it comes near the screen or a pre-rendered snippet needs it: it
// is a second document with the widget's module, and on a phone it is three screens down (its work
// at load made the builder's Total Blocking Time on Lighthouse mobile, issue #25).
import { buildSnippet, choicesToQuery, isRefusedUrl } from './snippet.js';

const data = JSON.parse(document.getElementById('builder-data').textContent);
const form = document.getElementById('builder');
const code = document.getElementById('snippet-code');
const copyStatus = document.getElementById('copy-status');
const prerenderStatus = document.getElementById('prerender-status');
const frame = document.getElementById('preview');
const cspNote = document.getElementById('csp-note');

/** The widgets the builder offers: a value from the address is used only when it is one of these. */
const WIDGETS = [...form.elements.widget.options].map((option) => option.value);

/** The controls of the widget now chosen, by attribute. */
const section = (widget) =>
  [...form.querySelectorAll('fieldset[data-widget]')].find((fieldset) => fieldset.dataset.widget === widget);

/**
 * Says next to a URL field why its value is not in the snippet (the element's own rule refused it),
 * or clears that. The message is the field's description, so a screen reader reads it with the field.
 */
function showRefusal(control, refused) {
  const message = document.getElementById(control.getAttribute('aria-describedby') ?? '');
  // Only a refusal message (data-refused): another description, as the bar's hint, stays as it is.
  if (!message || message.dataset.refused === undefined) return;
  message.textContent = refused ? message.dataset.refused : '';
  message.hidden = !refused;
  if (refused) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** The form's state as choices. */
export function readChoices() {
  const widget = form.elements.widget.value;
  const attrs = {};
  for (const control of section(widget).querySelectorAll('[data-attr]')) {
    const name = control.dataset.attr;
    if (control.hasAttribute('data-multi')) {
      const values = [...control.querySelectorAll('input:checked')].map((input) => input.value);
      if (values.length) attrs[name] = values.join(' ');
    } else if (control.type === 'checkbox') {
      if (control.checked) attrs[name] = true;
    } else {
      const value = control.value.trim();
      const refused = isRefusedUrl(name, value) && value !== '';
      showRefusal(control, refused);
      if (value && !refused) attrs[name] = value;
    }
  }
  const colours = {};
  for (const input of form.querySelectorAll('[data-colour]'))
    if (/^#[0-9a-f]{6}$/i.test(input.value.trim())) colours[input.dataset.colour] = input.value.trim();
  return { widget, lang: form.elements.lang.value, attrs, colours, prerender: form.elements.prerender.value === '1' };
}

/** Sets the form from an address's query (unknown values are ignored). */
function applyQuery(query) {
  const params = new URLSearchParams(query);
  const widget = params.get('widget');
  if (WIDGETS.includes(widget)) form.elements.widget.value = widget;
  if (['en', 'es', 'page'].includes(params.get('lang'))) form.elements.lang.value = params.get('lang');
  form.elements.prerender.value = params.get('prerender') === '1' ? '1' : '';
  for (const control of section(form.elements.widget.value).querySelectorAll('[data-attr]')) {
    const value = params.get(control.dataset.attr);
    if (control.hasAttribute('data-multi')) {
      const values = (value ?? '').split(/\s+/);
      for (const input of control.querySelectorAll('input')) input.checked = values.includes(input.value);
    } else if (control.type === 'checkbox') control.checked = value !== null;
    else if (value !== null) control.value = value;
  }
  for (const input of form.querySelectorAll('[data-colour]')) input.value = params.get(input.dataset.colour) ?? '';
}

let snapshot = '';
let generation = 0;
/** True once the preview is near the screen or a pre-rendered snippet was asked for (it then stays loaded). */
let previewWanted = false;
let frameReady;

/** Loads the preview frame (once); resolves when its `hartShow` and `hartSnapshot` are there. */
function loadPreview() {
  frameReady ??= new Promise((resolve) => {
    const check = () => {
      if (frame.contentWindow?.hartShow && frame.contentDocument?.documentElement.hasAttribute('data-ready')) {
        frame.removeEventListener('load', check);
        resolve();
      }
    };
    frame.addEventListener('load', check);
    frame.src = frame.dataset.src;
  });
  return frameReady;
}

/** Recomputes the snippet, the address and, once the preview is wanted, the preview. */
async function update() {
  const run = ++generation;
  const choices = readChoices();
  for (const fieldset of form.querySelectorAll('fieldset[data-widget]'))
    fieldset.hidden = fieldset.dataset.widget !== choices.widget;
  history.replaceState(null, '', `?${choicesToQuery(choices)}`);
  const plain = buildSnippet(choices, data);
  // "Copied." stays until the snippet changes: the preview coming into view runs this too.
  if (code.textContent !== plain) copyStatus.textContent = '';
  code.textContent = plain;
  // A page with a Content-Security-Policy allows the snippet's import map by its hash (none for a widget without chunks).
  const importMap = data.files[`${choices.widget}.js`].importMap;
  cspNote.hidden = importMap.text === '{"integrity":{}}';
  cspNote.querySelector('#csp-hash').textContent = importMap.csp;
  if (choices.prerender) previewWanted = true;
  if (!previewWanted) {
    prerenderStatus.textContent = '';
    return;
  }
  await loadPreview();
  if (run !== generation) return;
  // The preview shows the snippet without its import map and script lines (the frame has the same bundle, from this site).
  await frame.contentWindow.hartShow(plain.replace(/^(<script[^\n]*\n)+/, ''), choices.lang);
  if (!choices.prerender || run !== generation) {
    prerenderStatus.textContent = '';
    return;
  }
  snapshot = await frame.contentWindow.hartSnapshot();
  if (run !== generation) return;
  code.textContent = buildSnippet(choices, data, snapshot);
  const said = prerenderStatus.dataset;
  prerenderStatus.textContent =
    said.done.replace('{version}', data.version).replace('{language}', choices.lang === 'es' ? said.es : said.en) +
    (choices.lang === 'page' ? said.follow : '');
}

/** The update now running (the last one started), so the page says `ready` only once it is done. */
let latest = Promise.resolve();
const refresh = () => (latest = update());

/**
 * The preview is wanted once it is within a screen of the visible part of the page. Resolves after
 * the observer's first report (it always makes one), so a preview already near shows before `ready`.
 */
const firstLook = new Promise((resolve) => {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        previewWanted = true;
        refresh();
      }
      resolve();
    },
    { rootMargin: '0px 0px 100% 0px' },
  );
  observer.observe(frame);
});

document.getElementById('copy-snippet').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.textContent);
    copyStatus.textContent = copyStatus.dataset.copied;
  } catch {
    copyStatus.textContent = copyStatus.dataset.failed;
  }
});

applyQuery(location.search);
form.addEventListener('input', refresh);
form.addEventListener('change', refresh);
form.addEventListener('submit', (event) => event.preventDefault());
document.documentElement.dataset.builder = 'starting';
refresh();
await firstLook;
await latest;
document.documentElement.dataset.builder = 'ready';
