import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus after the next render, to an element the render is about to show (the error summary,
 * a result heading, the first field of a new form): a selector asked for now is focused once the
 * DOM has it, and scrolled into view.
 */
export class FocusAfterRender implements ReactiveController {
  private selector?: string;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focuses the element matching `selector` once the next render is done (asked for with a change of state). */
  focus(selector: string): void {
    this.selector = selector;
  }

  hostUpdated(): void {
    if (!this.selector) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.selector);
    this.selector = undefined;
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }
}
