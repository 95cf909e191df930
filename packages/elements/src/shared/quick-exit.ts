import { clearHartStorage, lockHartStorage, unlockHartStorage } from '@ct-hart/sdk/storage';
import { HartQuickExitEvent } from './events.js';

/** How many lone Shift presses leave the page, and how long may pass between them. */
export const QUICK_EXIT_PRESSES = 3;
export const QUICK_EXIT_WINDOW_MS = 5000;
/** The longest quick exit waits for going back over the page's own entries before it leaves anyway. */
export const BACK_OVER_OWN_ENTRIES_WAIT_MS = 300;

/** A HART element offering quick exit (`HartElement`, shared/hart-element.ts). Shared by every HART bundle on the page: keep its shape. */
export interface QuickExitHost {
  readonly exitUrl: string;
  readonly isConnected: boolean;
  dispatchEvent(event: Event): boolean;
  /** Says (in the page's locale) how many more presses are needed; 0 means leaving now. */
  announceQuickExit(remaining: number): void;
  /** The text of the overlay shown while leaving. */
  quickExitOverlayText(): string;
}

/**
 * Where quick exit sends the browser. Replaceable so tests can watch it instead of leaving.
 * Inside a frame it leaves with the whole tab (the top window) where the browser allows it, so the
 * partner's page does not stay on screen around a blank frame.
 */
export const exitNavigation = {
  replace(url: string): void {
    if (window.top && window.top !== window) {
      try {
        window.top.location.replace(url);
        return;
      } catch {
        // A sandboxed frame without top navigation: leave with the frame at least.
      }
    }
    window.location.replace(url);
  },
};

/** Sends no `Referer` on the exit navigation: the exit site must not learn which page the person was on. */
function sendNoReferrer(): void {
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  (document.head ?? document.documentElement).append(meta);
}

interface NavigationEntryLike {
  key: string;
  index: number;
  sameDocument: boolean;
}
interface NavigationLike {
  currentEntry: NavigationEntryLike | null;
  entries(): NavigationEntryLike[];
  traverseTo(key: string): { committed: Promise<unknown> };
}

/**
 * Goes back over the history entries this document made itself (in-page links such as `#quiz`,
 * `pushState`), so that the replace that follows takes the place of the page's first entry and
 * Back from the exit site does not return here. Uses the Navigation API (Chrome, Edge, Safari 26+,
 * Firefox 147+); elsewhere only the current entry is replaced (docs/privacy-and-safety.md).
 * Resolves when done; undefined when there is nothing to go back over.
 */
function backOverOwnEntries(): Promise<unknown> | undefined {
  const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
  const current = navigation?.currentEntry;
  if (!navigation || !current || window.top !== window) return undefined;
  const entries = navigation.entries();
  let first = current.index;
  while (first > 0 && entries[first - 1]?.sameDocument) first--;
  if (first === current.index || !entries[first]) return undefined;
  try {
    return navigation.traverseTo(entries[first]!.key).committed.catch(() => undefined);
  } catch {
    return undefined;
  }
}

/** Removes HART's keys (and nothing else) from both storages. */
function clearStoredData(): void {
  clearHartStorage([safeStorage('localStorage'), safeStorage('sessionStorage')]);
}

/**
 * Whether quick exit can take the whole tab away from inside this frame; undefined when not in a
 * frame or when it cannot be known (a cross-origin parent does not tell its frame's sandbox).
 */
export function frameExitProblem(): string | undefined {
  if (window.top === window) return undefined;
  try {
    const frame = window.frameElement as HTMLIFrameElement | null;
    const sandbox = frame?.getAttribute('sandbox');
    if (
      frame &&
      sandbox !== null &&
      sandbox !== undefined &&
      !/\ballow-top-navigation(-by-user-activation)?\b/.test(sandbox)
    ) {
      return "this page is in a sandboxed frame without allow-top-navigation: quick exit can only leave the frame, and the page around it stays on screen. Add allow-top-navigation-by-user-activation to the frame's sandbox, or place the widget on the page itself.";
    }
  } catch {
    // A cross-origin parent: the browser decides when the person uses quick exit.
  }
  return undefined;
}

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
    document.addEventListener(
      'keydown',
      (event) => {
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
      },
      true,
    );
    document.addEventListener(
      'keyup',
      (event) => {
        if (event.key !== 'Shift') return;
        const lone = state.shiftDown && !state.otherKey;
        state.shiftDown = false;
        if (lone) onShiftPress(state);
      },
      true,
    );
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
  // From here on nothing of ours writes storage again, and deliveries in flight are aborted.
  lockHartStorage();
  showOverlay(host.quickExitOverlayText());
  host.announceQuickExit(0);
  clearStoredData();
  // Once more as the page goes away, for anything written in the meantime by another copy of us.
  window.addEventListener('pagehide', clearStoredData, { once: true });
  sendNoReferrer();
  const back = backOverOwnEntries();
  // A page's router may hold the traversal in its navigate handlers (a precommitHandler that takes
  // seconds, or never settles): leave after a short wait whatever they do.
  const leave = (): void => exitNavigation.replace(host.exitUrl);
  // Leave whether the traversal settles, fails or the wait runs out.
  if (back)
    Promise.race([back, new Promise((resolve) => setTimeout(resolve, BACK_OVER_OWN_ENTRIES_WAIT_MS))]).then(
      leave,
      leave,
    );
  else leave();
  return true;
}

/** For tests: forget a previous exit so another can run. */
export function resetQuickExit(): void {
  const c = coordinator();
  c.leaving = false;
  c.count = 0;
  document.querySelectorAll('[data-hart-quick-exit-overlay]').forEach((el) => el.remove());
  document.querySelectorAll('meta[name="referrer"][content="no-referrer"]').forEach((el) => el.remove());
  window.removeEventListener('pagehide', clearStoredData);
  unlockHartStorage();
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
    position: 'fixed',
    inset: '0',
    zIndex: '2147483647',
    background: '#fff',
    color: '#000',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    font: '20px/1.4 system-ui, sans-serif',
  });
  document.documentElement.append(overlay);
}
