import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Takes over a pre-rendered snippet: a host whose `<template shadowrootmode="open">` already
 * holds a snapshot of this element's shadow DOM (made by the docs site's snippet builder).
 *
 * The snapshot stays on screen until the element's own first render that is `ready` (by default
 * the first render; the quiz's once its questions have loaded), then is removed in the same task,
 * before the browser paints, so the switch moves nothing. A snapshot of another version (or of
 * another configuration) is replaced the same way: the element never reads it, it only removes it.
 *
 * Each element adds one line: `private readonly prerendered = new PrerenderedController(this);`
 * (with `{ ready: () => … }` if its first render is not yet its content, and, while
 * `this.prerendered.showing`, a `render()` that returns `nothing` until ready).
 */
export class PrerenderedController implements ReactiveController {
  /** The snapshot's nodes, until they are removed. */
  #snapshot: ChildNode[] = [];
  #checked = false;
  readonly #host: Host;
  readonly #options: { ready?: () => boolean };

  constructor(host: Host, options: { ready?: () => boolean } = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    // A snapshot in a closed declarative root (`shadowrootmode="closed"`, not ours: the builder writes
    // "open") makes LitElement's attachShadow throw, and the element would never render over it.
    // The closed root can still be taken over through ElementInternals: render into it instead, so
    // the element's own content replaces that snapshot too.
    const attachShadow = host.attachShadow.bind(host);
    host.attachShadow = (init: ShadowRootInit): ShadowRoot => {
      try {
        return attachShadow(init);
      } catch (error) {
        const declarative = host.attachInternals().shadowRoot;
        if (declarative) return declarative;
        throw error;
      }
    };
  }

  /** True while the pre-rendered snapshot is what shows. */
  get showing(): boolean {
    return this.#snapshot.length > 0;
  }

  hostConnected(): void {
    if (this.#checked) return;
    this.#checked = true;
    // Runs after createRenderRoot and before the first render: every child of the root now is
    // the parser's (the declarative root LitElement adopted as its render root, open or closed).
    const root = (this.#host as unknown as { renderRoot?: ShadowRoot | HTMLElement }).renderRoot;
    if (!root?.firstChild) return;
    this.#snapshot = [...root.childNodes];
    // LitElement renders before the root's first child it found; that node is about to be
    // removed, and lit-html would keep inserting before a detached node. Render after instead.
    const renderOptions = (this.#host as unknown as { renderOptions?: { renderBefore?: ChildNode | null } })
      .renderOptions;
    if (renderOptions?.renderBefore && this.#snapshot.includes(renderOptions.renderBefore))
      renderOptions.renderBefore = null;
  }

  hostUpdated(): void {
    if (!this.showing || !(this.#options.ready?.() ?? true)) return;
    for (const node of this.#snapshot) node.remove();
    this.#snapshot = [];
    // The stamp described the snapshot, which is gone.
    this.#host.removeAttribute('data-hart-version');
  }
}
