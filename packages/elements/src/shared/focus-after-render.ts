import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/**
 * Focus after the next render. An action that moves the person on (to the next question, to the
 * results, to the first of the services shown) names what to focus, a selector in the element's
 * shadow root, with the state change that renders it; once that render is done, the node is
 * focused with `focus` if given (the quiz scrolls its feedback into view), else `node.focus()`. A
 * target the render does not show is dropped.
 *
 *     private readonly focusNext = new FocusAfterRender(this);
 *     onNext() { this.index++; this.focusNext.request('#question-heading'); }
 */
export class FocusAfterRender implements ReactiveController {
  #target?: string | undefined;
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #focus: (node: HTMLElement) => void;

  constructor(
    host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    focus: (node: HTMLElement) => void = (node) => node.focus(),
  ) {
    this.#host = host;
    this.#focus = focus;
    host.addController(this);
  }

  /** Focuses the node `selector` finds after the next render. */
  request(selector: string): void {
    this.#target = selector;
  }

  hostUpdated(): void {
    const node = this.#target && this.#host.renderRoot.querySelector<HTMLElement>(this.#target);
    this.#target = undefined;
    if (node) this.#focus(node);
  }
}
