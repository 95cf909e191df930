/** Every key HART writes to Web Storage starts with this, so quick exit can remove exactly ours. */
export const HART_STORAGE_PREFIX = 'ct-hart:';

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
export function clearHartStorage(storages: readonly (Pick<Storage, 'length' | 'key' | 'removeItem'> | undefined)[]): string[] {
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
