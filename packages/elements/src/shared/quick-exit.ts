import { clearHartStorage } from '@ct-hart/sdk/storage';
import { HartQuickExitEvent } from './events.js';

/** How many lone Shift presses leave the page, and how long may pass between them. */
export const QUICK_EXIT_PRESSES = 3;
export const QUICK_EXIT_WINDOW_MS = 5000;

/** A HART element offering quick exit (in practice its `QuickExitController`). */
export interface QuickExitHost {
  readonly exitUrl: string;
  readonly isConnected: boolean;
  dispatchEvent(event: Event): boolean;
  /** Says (in the page's locale) how many more presses are needed; 0 means leaving now. */
  announceQuickExit(remaining: number): void;
  /** The text of the overlay shown while leaving. */
  quickExitOverlayText(): string;
}

/** Where quick exit sends the browser. Replaceable so tests can watch it instead of leaving. */
export const exitNavigation = {
  replace(url: string): void {
    window.location.replace(url);
  },
};

interface Coordinator {
  hosts: QuickExitHost[];
  count: number;
  last: number;
  shiftDown: boolean;
  otherKey: boolean;
  leaving: boolean;
}

// One listener for the whole page, shared by every copy of this module (CDN bundle and npm).
const KEY = Symbol.for('ct-hart.quick-exit.v1');
type GlobalWithCoordinator = typeof globalThis & { [KEY]?: Coordinator };

function coordinator(): Coordinator {
  const g = globalThis as GlobalWithCoordinator;
  let c = g[KEY];
  if (!c) {
    c = g[KEY] = { hosts: [], count: 0, last: 0, shiftDown: false, otherKey: false, leaving: false };
    const state = c;
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Shift') {
        if (!event.repeat) {
          state.shiftDown = true;
          state.otherKey = false;
        }
        return;
      }
      // Any other key (including the letter in Shift+A) resets the count.
      state.otherKey = true;
      state.count = 0;
    }, true);
    document.addEventListener('keyup', (event) => {
      if (event.key !== 'Shift') return;
      const lone = state.shiftDown && !state.otherKey;
      state.shiftDown = false;
      if (lone) onShiftPress(state);
    }, true);
    window.addEventListener('blur', () => {
      state.shiftDown = false;
    });
  }
  return c;
}

function onShiftPress(state: Coordinator): void {
  const host = state.hosts.find((h) => h.isConnected);
  if (!host) return;
  const now = Date.now();
  if (state.count > 0 && now - state.last > QUICK_EXIT_WINDOW_MS) state.count = 0;
  state.count += 1;
  state.last = now;
  if (state.count >= QUICK_EXIT_PRESSES) {
    state.count = 0;
    quickExit(host, 'keyboard');
  } else {
    host.announceQuickExit(QUICK_EXIT_PRESSES - state.count);
  }
}

/** Lets an element take part in the page-wide shortcut; returns the function that stops it. */
export function registerQuickExit(host: QuickExitHost): () => void {
  const c = coordinator();
  if (!c.hosts.includes(host)) c.hosts.push(host);
  return () => {
    c.hosts = c.hosts.filter((h) => h !== host);
  };
}

/** Presses counted so far (for tests and for elements that show progress). */
export function quickExitPressCount(): number {
  return coordinator().count;
}

/**
 * Leaves the page: fires the cancelable `hart-quick-exit` event, then hides the page at once,
 * removes every storage key HART wrote (and nothing else) and replaces the location, so Back does
 * not return here. Returns false if a listener cancelled it.
 */
export function quickExit(host: QuickExitHost, trigger: 'button' | 'keyboard'): boolean {
  const c = coordinator();
  if (c.leaving) return true;
  const event = new HartQuickExitEvent(host.exitUrl, trigger);
  host.dispatchEvent(event);
  if (event.defaultPrevented) return false;
  c.leaving = true;
  showOverlay(host.quickExitOverlayText());
  host.announceQuickExit(0);
  clearHartStorage([safeStorage('localStorage'), safeStorage('sessionStorage')]);
  exitNavigation.replace(host.exitUrl);
  return true;
}

/** For tests: forget a previous exit so another can run. */
export function resetQuickExit(): void {
  const c = coordinator();
  c.leaving = false;
  c.count = 0;
  document.querySelectorAll('[data-hart-quick-exit-overlay]').forEach((el) => el.remove());
}

function safeStorage(name: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[name];
  } catch {
    return undefined;
  }
}

/** A blank cover over the whole page. Styled through the CSSOM, which a strict CSP allows. */
function showOverlay(text: string): void {
  const overlay = document.createElement('div');
  overlay.setAttribute('role', 'alert');
  overlay.setAttribute('data-hart-quick-exit-overlay', '');
  overlay.textContent = text;
  Object.assign(overlay.style, {
    position: 'fixed', inset: '0', zIndex: '2147483647', background: '#fff', color: '#000',
    display: 'flex', alignItems: 'center', justifyContent: 'center', font: '20px/1.4 system-ui, sans-serif',
  });
  document.documentElement.append(overlay);
}
