// In-page helpers of test/support/engine.ts: a deep selector engine (piercing open shadow roots and
// same-origin frames) shared by every backend, and how a function is sent to the page.

// ----- In-page helpers: a deep selector engine shared by every backend -----

/** Source of `__hartFind(spec)`: all elements matching a locator spec, piercing open shadow roots and same-origin frames. */
export const FIND = String.raw`
const __hartFind = (spec) => {
  const deep = (sel, root) => {
    // A selector list: each selector on its own (the split below is at descendant combinators).
    const alternatives = sel.split(/\s*,\s*(?![^[]*\])/);
    if (alternatives.length > 1) return [...new Set(alternatives.flatMap((one) => deep(one, root)))];
    const out = new Set(root.querySelectorAll(sel));
    const parts = sel.split(' ');
    for (let i = 1; i < parts.length; i++) {
      // Only a descendant combinator can cross into a shadow root.
      if (/^[>+~]$/.test(parts[i - 1]) || /^[>+~]$/.test(parts[i])) continue;
      for (const host of root.querySelectorAll(parts.slice(0, i).join(' '))) {
        if (host.shadowRoot) for (const el of deep(parts.slice(i).join(' '), host.shadowRoot)) out.add(el);
      }
    }
    if (parts.length === 1) for (const el of root.querySelectorAll('*')) if (el.shadowRoot) for (const inner of deep(sel, el.shadowRoot)) out.add(inner);
    return [...out];
  };
  let roots = [document];
  if (spec.frame) roots = roots.flatMap((r) => deep(spec.frame, r)).map((f) => f.contentDocument).filter(Boolean);
  if (spec.scope) roots = roots.flatMap((r) => deep(spec.scope, r).slice(0, 1));
  let found = roots.flatMap((r) => deep(spec.selector, r));
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  const ROLES = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    link: 'a[href], area[href], [role="link"]',
    textbox: 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"], textarea, [role="textbox"]',
  };
  const named = (el) => {
    if (spec.name === undefined) return true;
    const label = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? text(el.labels[0]) : '') || el.getAttribute('placeholder') || text(el);
    return label === spec.name || (!spec.exact && (label.includes(spec.name) || text(el).includes(spec.name)));
  };
  if (spec.role) found = roots.flatMap((r) => deep(ROLES[spec.role], r)).filter(named);
  if (spec.text !== undefined) {
    const matches = (el) => (spec.exact ? text(el) === spec.text : text(el).toLowerCase().includes(spec.text.toLowerCase()));
    // The innermost elements holding the text, as Playwright's getByText.
    found = roots.flatMap((r) => deep('*', r)).filter((el) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName) && matches(el) && ![...el.children].some(matches));
  }
  if (spec.label !== undefined) {
    found = roots.flatMap((r) => deep('label', r)).filter((l) => (spec.exact ? text(l) === spec.label : text(l).toLowerCase().includes(spec.label.toLowerCase()))).map((l) => l.control).filter(Boolean);
  }
  if (spec.hasText !== undefined) found = found.filter((el) => text(el).includes(spec.hasText));
  if (spec.nth !== undefined) found = found.slice(spec.nth, spec.nth + 1);
  return found;
};
const __hartOne = (spec) => {
  const el = __hartFind(spec)[0];
  if (!el) throw new Error('no element for ' + JSON.stringify(spec));
  return el;
};
const __hartVisible = (el) => {
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  // checkVisibility: also false inside a closed <details> (content-visibility), as Playwright's isVisible.
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && (!el.checkVisibility || el.checkVisibility({ visibilityProperty: true }));
};
const __hartCentre = (el) => {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  let x = r.left + r.width / 2, y = r.top + r.height / 2;
  for (let w = el.ownerDocument.defaultView; w && w !== w.parent; w = w.parent) {
    const f = w.frameElement.getBoundingClientRect();
    x += f.left + w.frameElement.clientLeft;
    y += f.top + w.frameElement.clientTop;
  }
  return { x: Math.round(x), y: Math.round(y) };
};
// A click aimed at an element must land on it. Between measuring the element and the pointer
// pressing, the page can move: Firefox, for one, scrolls a field it just typed into back into view
// (its datalist suggestions, the caret) a moment after a test scrolled elsewhere, and a press at
// the old centre then checked a radio button nobody aimed at. The guard, armed before the press,
// lets the click through when the press lands on the element (or inside it), and otherwise swallows
// the whole click (press, release, click: nothing on the page happens) and records what it hit, so
// the driver can aim again. Only the press is judged: what the press itself does (focus scrolling
// the page) is the page's behaviour, and a visitor would get it too.
const __hartArmClick = (el) => {
  const win = el.ownerDocument.defaultView;
  __hartDisarmClick();
  const guard = { win, judged: false, missed: '' };
  const describe = (node) => node instanceof Element ? node.localName + (node.id ? '#' + node.id : '') + ' "' + (node.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40) + '"' : String(node);
  guard.listener = (event) => {
    if (!guard.judged && (event.type === 'pointerdown' || event.type === 'mousedown')) {
      guard.judged = true;
      if (!event.composedPath().includes(el)) guard.missed = describe(event.composedPath()[0]);
    }
    if (guard.missed) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  guard.types = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
  for (const type of guard.types) win.addEventListener(type, guard.listener, true);
  globalThis.__hartClickGuard = guard;
};
/** Removes the guard; what the press hit instead of the element, or '' if it hit the element (or nothing was pressed). */
const __hartDisarmClick = () => {
  const guard = globalThis.__hartClickGuard;
  if (!guard) return '';
  for (const type of guard.types) guard.win.removeEventListener(type, guard.listener, true);
  globalThis.__hartClickGuard = undefined;
  return guard.missed;
};
`;

/** Serialises `fn(arg)` into an expression; tsx names functions with `__name`, which the page lacks. */
export function expression(fn: string | ((arg: never) => unknown), arg: unknown, prelude = ''): string {
  const source = typeof fn === 'string' ? fn : fn.toString();
  return `(async () => { const __name = (t) => t; ${prelude}; return (${source})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;
}
