import { OUTBOX_KEY, createMemoryStorage, isHartStorageLocked, type KeyValueStorage } from './storage.js';
import type { TrainingRequest } from './schema/training-request.js';

/** How long a request waits in the outbox before it is dropped unsent: 30 days. */
export const OUTBOX_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The storage key of the training-request outbox. */
export { OUTBOX_KEY };

export interface OutboxEntry {
  idempotencyKey: string;
  endpoint: string;
  request: TrainingRequest;
  queuedAt: string;
}

/** Training requests that could not be delivered yet, kept until they are. */
export interface Outbox {
  list(): OutboxEntry[];
  put(entry: OutboxEntry): void;
  remove(idempotencyKey: string): void;
}

function browserLocalStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * An outbox in the given storage; by default `localStorage` in a browser and memory elsewhere.
 * Everything is stored under one key, {@link OUTBOX_KEY}.
 */
export function createOutbox(storage: KeyValueStorage = browserLocalStorage() ?? createMemoryStorage()): Outbox {
  const read = (): OutboxEntry[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(OUTBOX_KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  };
  const write = (entries: OutboxEntry[]) => {
    // After quick exit nothing of ours is written again (a delivery failing late would otherwise
    // put the person's details back into storage the exit just cleared).
    if (isHartStorageLocked()) return;
    if (entries.length) storage.setItem(OUTBOX_KEY, JSON.stringify(entries));
    else storage.removeItem(OUTBOX_KEY);
  };
  return {
    list: read,
    put(entry) {
      write([...read().filter((e) => e?.idempotencyKey !== entry.idempotencyKey), entry]);
    },
    remove(idempotencyKey) {
      write(read().filter((e) => e?.idempotencyKey !== idempotencyKey));
    },
  };
}
