import { nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Taps the middle of an element with one finger (touchstart, touchend; the browser makes the tap,
 * its focus change and its click, as on a phone). The point is measured before the finger lands:
 * if the page moves under it during the tap, the tap lands where the element was, as a person's does.
 */
export async function tap(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await executeServerCommand('tap', { x: box.left + box.width / 2, y: box.top + box.height / 2 });
  await nextFrame();
  await nextFrame();
}
