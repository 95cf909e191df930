import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/**
 * Keeps keyboard focus clear of a panel's sticky head (`.panel-head`, WCAG 2.4.11). The panel's
 * styles give every focused control a `scroll-margin-top` as tall as the head, which Chromium and
 * Firefox use when they scroll focus into view; WebKit does not (issue #21): Shift+Tab back up the
 * finder left its search box behind the head, and a control focused by script from far below
 * (the search box after "Did you mean") stayed above the screen. So when a control the keyboard
 * focused starts above the head's bottom edge, it is scrolled to its scroll margin under the head:
 * `scrollIntoView` uses the margin in every engine (and scrolls whichever container the panel
 * is in). Only keyboard focus (`:focus-visible`): focus from a finger or a pointer is where the
 * person just touched, and moving the page then would move it under them.
 */
export class FocusClearOfHead implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode & EventTarget };

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode & EventTarget }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Focus moving between controls of one shadow root reaches no further than that root.
    this.#host.renderRoot.addEventListener('focusin', this.#onFocusIn);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('focusin', this.#onFocusIn);
  }

  readonly #onFocusIn = (event: Event): void => {
    const target = event.composedPath()[0];
    const head = this.#host.renderRoot.querySelector('.panel-head');
    if (!(target instanceof Element) || !head || head.contains(target) || !target.matches(':focus-visible')) return;
    const box = target.getBoundingClientRect();
    if (box.height && box.top < head.getBoundingClientRect().bottom - 0.5) target.scrollIntoView({ block: 'start' });
  };
}
