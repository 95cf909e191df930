/* global document, customElements, setTimeout, getComputedStyle, Node */
// A pre-rendered snippet from the real element: its rendered shadow DOM, then its styles, as a
// declarative shadow root (`<template shadowrootmode="open">`). Run in the page where the element
// rendered (the builder's preview frame, or a browser in the tests).
//
// The styles are the element's SOURCE styles (the Lit `static styles` text, as the CDN bundle
// ships it), never what a browser computed or re-serialized: Chromium writes `all: initial` back as
// some 300 longhands of its own, and a computed font is the font of the page that made the snapshot.
// So a snapshot is the same from every browser, and renders with the fonts the live element has
// (it inherits the page's font through `:host`, as the element does).

/** Waits until the element has rendered its content (the quiz: its first question). */
export async function rendered(el) {
  await customElements.whenDefined(el.localName);
  if (!el.isConnected) return;
  for (let i = 0; i < 200; i++) {
    if (!el.isConnected) return;
    await el.updateComplete;
    const root = el.shadowRoot;
    const ready =
      root?.querySelector('[part~="container"]') &&
      (el.localName !== 'hart-red-flag-quiz' || root.querySelector('fieldset'));
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${el.localName} did not render`);
}

/**
 * The link that stands for the quick exit button works without script; UA styles make a `button` an
 * inline block with centred content, which the element's `.exit-button` rule builds on. The same
 * box for a link, so the switch at the upgrade moves nothing.
 */
const EXIT_LINK_CSS =
  'a.exit-button{display:inline-flex;align-items:center;justify-content:center;text-align:center;text-decoration:none}';

// ----- Styles: the element's source CSS, without the rules nothing in the snapshot can match -----

/** Top-level blocks of a stylesheet's text: `{ prelude, body }` (comments dropped; `@import`-like statements kept whole). */
function blocks(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    let prelude = '';
    while (i < text.length && text[i] !== '{' && text[i] !== ';') {
      if (text.startsWith('/*', i)) {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? text.length : end + 2;
        continue;
      }
      if (text[i] === '"' || text[i] === "'") {
        const quote = text[i];
        let j = i + 1;
        while (j < text.length && text[j] !== quote) j += text[j] === '\\' ? 2 : 1;
        prelude += text.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      prelude += text[i++];
    }
    if (i >= text.length) break;
    if (text[i] === ';') {
      out.push({ prelude: prelude.trim(), body: null });
      i++;
      continue;
    }
    // A block: up to its matching brace (strings and comments may hold braces).
    let depth = 1;
    let j = i + 1;
    while (j < text.length && depth) {
      if (text.startsWith('/*', j)) {
        const end = text.indexOf('*/', j + 2);
        j = end < 0 ? text.length : end + 2;
        continue;
      }
      if (text[j] === '"' || text[j] === "'") {
        const quote = text[j];
        j++;
        while (j < text.length && text[j] !== quote) j += text[j] === '\\' ? 2 : 1;
      } else if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    out.push({ prelude: prelude.trim(), body: text.slice(i + 1, j - 1).trim() });
    i = j;
  }
  return out;
}

/** Splits a selector list at its top-level commas. */
function selectors(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(' || list[i] === '[') depth++;
    else if (list[i] === ')' || list[i] === ']') depth--;
    else if (list[i] === ',' && !depth) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((s) => s.trim());
}

/**
 * States a person can bring about without script (hover, focus, a ticked box, a visited link) and
 * pseudo-elements: a selector with them is tested without them, so its rule stays.
 */
const STATES =
  /::?(?:hover|active|focus-visible|focus-within|focus|visited|target|checked|indeterminate|placeholder-shown|user-invalid|user-valid|invalid|valid|before|after|marker|placeholder|selection|first-line|first-letter|file-selector-button|backdrop|-webkit-[a-z-]+|-moz-[a-z-]+)(?![\w-])/g;

/**
 * True when the rule of `selector` may apply to something in `tree`. `:host(…)` is tested against
 * the element itself (the snippet's tag has its attributes: `:host([variant=bar])` rules leave an
 * inline banner's snapshot), and what follows it against the tree.
 */
function mayMatch(selector, tree, host) {
  if (/::slotted|::part|:host-context/.test(selector)) return true;
  let rest = selector;
  const hostMatch = /^:host(\()?/.exec(selector);
  if (hostMatch) {
    let end = hostMatch[0].length;
    if (hostMatch[1]) {
      let depth = 1;
      while (end < selector.length && depth) {
        if (selector[end] === '(') depth++;
        else if (selector[end] === ')') depth--;
        end++;
      }
      try {
        if (!host.matches(selector.slice(hostMatch[0].length, end - 1).replace(STATES, '') || '*')) return false;
      } catch {
        return true;
      }
    }
    rest = selector.slice(end).trim().replace(/^>/, ':scope >');
    if (!rest) return true;
  } else if (/:host/.test(selector)) return true;
  const bare = rest.replace(STATES, '').trim();
  if (!bare || /[>+~]$/.test(bare) || bare === ':scope >') return true;
  try {
    return tree.querySelector(bare) !== null;
  } catch {
    return true; // a selector this browser does not know: keep it, another browser may.
  }
}

/** The source text of the rules that may apply to `tree`, one top-level rule a line. */
function usedCss(text, tree, host) {
  const kept = [];
  for (const { prelude, body } of blocks(text)) {
    if (body === null) kept.push(`${prelude};`);
    else if (/^@(media|supports|container|layer)\b/.test(prelude)) {
      const inner = usedCss(body, tree, host);
      if (inner) kept.push(`${prelude}{${inner.replace(/\n/g, '')}}`);
    } else if (prelude.startsWith('@')) kept.push(`${prelude}{${body}}`);
    else if (selectors(prelude).some((s) => mayMatch(s, tree, host))) kept.push(`${prelude}{${body}}`);
  }
  return kept.join('\n');
}

/** The element's source styles (its class's `elementStyles`: Lit's CSSResults hold the text as written). */
function sourceCss(el) {
  const styles = el.constructor.elementStyles ?? [];
  return styles
    .map((style) =>
      typeof style.cssText === 'string' ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n'),
    )
    .join('\n');
}

// ----- Markup: the rendered shadow DOM, one block-level element a line -----

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const escapeText = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');

/**
 * True when white space next to `node` (a live node) is not rendered: the node is an in-flow
 * block-level box, or its parent lays its children out as flex or grid items. A line break is put
 * only there, so the readable snapshot has exactly the layout of the element.
 */
function breakable(node, parentStyle) {
  if (!parentStyle || !/^(normal|nowrap)$/.test(parentStyle.whiteSpace)) return false;
  if (/(^|\s)(flex|grid)$/.test(parentStyle.display) || /^(inline-)?(flex|grid)$/.test(parentStyle.display))
    return node.nodeType === Node.ELEMENT_NODE;
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const style = getComputedStyle(node);
  return (
    !/^inline/.test(style.display) &&
    style.display !== 'contents' &&
    style.display !== 'none' &&
    !/^(absolute|fixed)$/.test(style.position) &&
    style.float === 'none'
  );
}

/** Serializes the live shadow DOM `nodes` (children of one parent), the quick exit button as a link to `exitUrl`. */
function markup(nodes, parent, exitUrl, depth) {
  const parentStyle =
    parent.nodeType === Node.ELEMENT_NODE ? getComputedStyle(parent) : { whiteSpace: 'normal', display: 'block' };
  // Lit's marker comments mean nothing outside Lit; white space between breakable nodes is replaced by a line break.
  const children = nodes.filter((node) => node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE);
  const indent = '\n' + '  '.repeat(depth);
  let out = '';
  let previous = null; // the last node written, and whether a line break may follow it
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const blank = node.nodeType === Node.TEXT_NODE && !/\S/.test(node.data);
    if (blank) {
      const next = children.slice(i + 1).find((n) => n.nodeType !== Node.TEXT_NODE || /\S/.test(n.data));
      const around = [previous, next].filter(Boolean);
      // Kept as it is unless a line break may stand for it.
      if (around.length && around.some((n) => breakable(n, parentStyle))) continue;
      out += node.data.replace(/\s+/g, ' ');
      previous = node;
      continue;
    }
    const lineBreak =
      breakable(node, parentStyle) ||
      (previous !== null && breakable(previous, parentStyle)) ||
      (previous === null && breakable(node, parentStyle));
    if (lineBreak) out += indent;
    out += node.nodeType === Node.TEXT_NODE ? escapeText(node.data) : element(node, exitUrl, depth);
    previous = node;
  }
  if (previous && breakable(previous, parentStyle) && depth > 0) out += '\n' + '  '.repeat(depth - 1);
  return out;
}

function element(node, exitUrl, depth) {
  let name = node.localName;
  const attributes = node.getAttributeNames().map((attribute) => [attribute, node.getAttribute(attribute)]);
  let extra = [];
  if (name === 'button' && node.matches('[part~="exit-button"]')) {
    // Without script the button is a link to the exit page (only an https page; the element's own
    // resolution). It cannot clear history or hide the page, but it sends no Referer.
    name = 'a';
    extra = [
      ['href', exitUrl],
      ['rel', 'noreferrer'],
      ['referrerpolicy', 'no-referrer'],
    ];
    attributes.splice(0, attributes.length, ...attributes.filter(([attribute]) => attribute !== 'type'));
  }
  const attributeText = [...attributes, ...extra]
    .map(([attribute, value]) => (value === '' ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(value)}"`))
    .join('');
  if (VOID.has(name)) return `<${name}${attributeText}>`;
  return `<${name}${attributeText}>${markup([...node.childNodes], node, exitUrl, depth + 1)}</${name}>`;
}

/**
 * The snapshot: one style block, then the widget's markup, one block-level element a line. The
 * styles come first: browsers attach a declarative shadow root at its `<template>` start tag and
 * parse into it as the page streams in, so markup before its styles can paint unstyled (the form's
 * snapshot did, a layout shift of 0.137 when the styles arrived). What needs a script
 * to work is made to work without one: the quick exit button becomes a link to the exit URL
 * (`exitUrl`, as the element resolved it: only an https page).
 */
export function snapshotTemplate(el, exitUrl) {
  const root = el.shadowRoot;
  const html = markup([...root.childNodes], root, exitUrl, 0).trim();
  // The rules that may apply, tested against a copy of the snapshot's tree (its exit button a link).
  const tree = document.createElement('div');
  for (const node of root.childNodes) tree.append(node.cloneNode(true));
  for (const button of tree.querySelectorAll('button[part~="exit-button"]')) {
    const link = document.createElement('a');
    link.className = button.className;
    link.append(...button.childNodes);
    button.replaceWith(link);
  }
  const css = usedCss(sourceCss(el), tree, el);
  const exitLink = tree.querySelector('a.exit-button') ? `\n${EXIT_LINK_CSS}` : '';
  return `<template shadowrootmode="open">\n<style>\n${css}${exitLink}\n</style>\n${html}\n</template>`;
}
