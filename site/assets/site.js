/* global document, navigator, matchMedia */
// Copy buttons of the preview code fences. A module script, no inline handlers (CSP-friendly).
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    const status = button.nextElementSibling;
    const es = document.documentElement.lang === 'es';
    try {
      await navigator.clipboard.writeText(source.textContent);
      status.textContent = es ? 'Copiado.' : 'Copied.';
    } catch {
      status.textContent = es
        ? 'No se pudo copiar: seleccione el código y cópielo.'
        : 'Could not copy: select the code and copy it.';
    }
  });
}

// The site menu (docs/_includes/base.njk) is a details element: folded on a phone, where its links
// would take a third of the screen, open from 40em. Toggled by the reader, it stays as they left it
// until the width crosses 40em again.
const menu = document.querySelector('details.site-menu');
const wide = matchMedia('(min-width: 40em)');
const fit = () => {
  if (menu) menu.open = wide.matches;
};
wide.addEventListener('change', fit);
fit();
