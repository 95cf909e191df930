/* global document, customElements, setTimeout, NodeFilter, getComputedStyle */
// A pre-rendered snippet from the real element: its rendered shadow DOM and its styles, as a
// declarative shadow root (`<template shadowrootmode="open">`). Run in the page where the element
// rendered (the builder's preview frame, or headless Chromium in the tests).

/** Waits until the element has rendered its content (the quiz: its first question). */
export async function rendered(el) {
  await customElements.whenDefined(el.localName);
  if (!el.isConnected) return;
  for (let i = 0; i < 200; i++) {
    if (!el.isConnected) return;
    await el.updateComplete;
    const root = el.shadowRoot;
    const ready = root?.querySelector('[part~="container"]') && (el.localName !== 'hart-red-flag-quiz' || root.querySelector('fieldset'));
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${el.localName} did not render`);
}

/**
 * The snapshot's markup. What needs a script to work is made to work without one: the quick exit
 * button becomes a link to the exit URL (`exitUrl`, as the element resolved it: only an https page).
 */
export function snapshotTemplate(el, exitUrl) {
  const root = el.shadowRoot;
  const css = [...root.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('');
  const copy = document.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  // Lit's marker comments mean nothing outside Lit.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.remove();
  const live = root.querySelector('button[part~="exit-button"]');
  for (const button of copy.querySelectorAll('button[part~="exit-button"]')) {
    const link = document.createElement('a');
    for (const { name, value } of button.attributes) if (name !== 'type') link.setAttribute(name, value);
    link.href = exitUrl;
    // Without script the link cannot clear history or hide the page, but it sends no Referer.
    link.rel = 'noreferrer';
    link.referrerPolicy = 'no-referrer';
    link.append(...button.childNodes);
    button.replaceWith(link);
  }
  // The link keeps the button's box: the element's styles size it as a `button`, so the link gets
  // the button's computed box (and the page's CSS cannot reach inside the shadow root).
  let linkAsButton = '';
  if (live) {
    const style = getComputedStyle(live);
    const box = ['min-height', 'min-width', 'padding', 'border-width', 'border-style', 'font-size', 'font-family', 'font-weight', 'line-height', 'vertical-align', 'margin'];
    linkAsButton = `a.exit-button{display:inline-flex;align-items:center;justify-content:center;text-decoration:none;text-align:center;box-sizing:border-box;${box.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')}}`;
  }
  return `<template shadowrootmode="open"><style>${css}${linkAsButton}</style>${copy.innerHTML}</template>`;
}
