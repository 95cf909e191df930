/** Every key HART writes to Web Storage starts with this, so quick exit can remove exactly ours. */
export const HART_STORAGE_PREFIX = 'ct-hart:';

/**
 * The `localStorage` key of the training-request outbox. Defined here, not in outbox.ts, so a page
 * can check for saved requests without loading the outbox code.
 */
export const OUTBOX_KEY = `${HART_STORAGE_PREFIX}training-outbox`;

/** The part of the Web Storage API HART uses; pass any implementation. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage that lives in memory only (the default outside a browser). */
export function createMemoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/**
 * Removes every key HART wrote (those starting with {@link HART_STORAGE_PREFIX}) from the given
 * storages, and nothing else. Returns the keys removed.
 */
export function clearHartStorage(
  storages: readonly (Pick<Storage, 'length' | 'key' | 'removeItem'> | undefined)[],
): string[] {
  const removed: string[] = [];
  for (const storage of storages) {
    if (!storage) continue;
    try {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(HART_STORAGE_PREFIX)) keys.push(key);
      }
      for (const key of keys) {
        storage.removeItem(key);
        removed.push(key);
      }
    } catch {
      // Storage may be blocked (privacy settings); there is then nothing of ours in it.
    }
  }
  return removed;
}

interface ExitState {
  locked: boolean;
  controller: AbortController;
}

// One state for the whole page, shared by every copy of the SDK (a CDN bundle and an npm build).
const EXIT_STATE = Symbol.for('ct-hart.quick-exit-state.v1');
type GlobalWithExitState = typeof globalThis & { [EXIT_STATE]?: ExitState };

function exitState(): ExitState {
  const g = globalThis as GlobalWithExitState;
  return (g[EXIT_STATE] ??= { locked: false, controller: new AbortController() });
}

/**
 * Called when quick exit starts: from then on nothing of HART's writes to storage on this page
 * (the outbox, quiz progress), and every delivery in flight is aborted, so a request that fails
 * after the exit cannot write the person's details back.
 */
export function lockHartStorage(): void {
  const state = exitState();
  state.locked = true;
  state.controller.abort();
}

/** True once quick exit has started on this page: HART writes no storage any more. */
export function isHartStorageLocked(): boolean {
  return exitState().locked;
}

/** Aborted when quick exit starts; pass it (with your own) to anything that could write storage later. */
export function quickExitSignal(): AbortSignal {
  return exitState().controller.signal;
}

/** For tests: as if quick exit had never started on this page. */
export function unlockHartStorage(): void {
  const g = globalThis as GlobalWithExitState;
  g[EXIT_STATE] = { locked: false, controller: new AbortController() };
}
