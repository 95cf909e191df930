/* global document, CSS */
// The builder's "Your page's font" field: shows the preview in a font-family the webmaster types
// (their page's), as the widgets inherit it. Only the preview changes, never the snippet: a widget
// takes its font from the page it is pasted into. A CSSOM custom property (no inline style
// attribute, so a strict style-src is fine); set again whenever the frame (re)loads.
const input = document.getElementById('preview-font');
const frame = document.getElementById('preview');

function apply() {
  const root = frame.contentDocument?.documentElement;
  if (!root) return;
  const family = input.value.trim();
  if (family && CSS.supports('font-family', family)) root.style.setProperty('--preview-font', family);
  else root.style.removeProperty('--preview-font');
}

input.addEventListener('input', apply);
frame.addEventListener('load', apply);
apply();
