import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/** What to focus: a selector in the element's shadow root, or a function that finds the node. */
export type FocusTarget = string | ((root: ParentNode) => HTMLElement | null | undefined);

/**
 * Focus after the next render. An action that moves the person on (to the next question, to the
 * results, to the first of the services shown) names what to focus with `focusAfterRender(target)`;
 * once the render that shows it is done, the node is focused, with `focus` if given (the quiz
 * scrolls its feedback into view), else `node.focus()`. A target not in the render is dropped.
 *
 *     private readonly focusNext = new FocusAfterRender(this);
 *     onNext() { …; this.focusNext.request('#question-heading'); }
 */
export class FocusAfterRender implements ReactiveController {
  #target?: FocusTarget | undefined;

  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #focus: (node: HTMLElement) => void;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, focus: (node: HTMLElement) => void = (node) => node.focus()) {
    this.#host = host;
    this.#focus = focus;
    host.addController(this);
  }

  /** Focuses `target` after the next render (and asks for one). */
  request(target: FocusTarget): void {
    this.#target = target;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#target;
    this.#target = undefined;
    const node = typeof target === 'string' ? this.#host.renderRoot.querySelector<HTMLElement>(target) : target?.(this.#host.renderRoot);
    if (node) this.#focus(node);
  }
}
