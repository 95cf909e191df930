/* global document, window, MutationObserver */
// The docs search (docs/search.njk): Pagefind's UI over the index `npm run build:site` writes to
// /pagefind/. Pagefind picks the index of the page's language (<html lang>) and its own UI words.
new window.PagefindUI({ element: '#search', showImages: false, resetStyles: false });

// Pagefind's search box is named by a title only: name it by the page's heading, a visible label.
const name = () => {
  const input = document.querySelector('#search input');
  if (!input) return false;
  input.setAttribute('aria-labelledby', 'search-heading');
  return true;
};
if (!name()) {
  const observer = new MutationObserver(() => name() && observer.disconnect());
  observer.observe(document.getElementById('search'), { childList: true, subtree: true });
}
