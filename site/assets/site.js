/* global document, navigator */
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
      status.textContent = es ? 'No se pudo copiar: seleccione el código y cópielo.' : 'Could not copy: select the code and copy it.';
    }
  });
}
