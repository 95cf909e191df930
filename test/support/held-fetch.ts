/**
 * Holds every request whose URL contains `match` until the page aborts it: the answer never comes.
 * A test that checks "a stale answer never replaces the newer one" then needs no sleep: if the
 * element did not abort the request, nothing else can ever arrive, and `aborted` says so.
 */
export interface HeldFetch {
  /** The signals of the held requests, in order (undefined when a request had none). */
  readonly signals: (AbortSignal | undefined)[];
  /** Puts the page's own `fetch` back. */
  restore(): void;
}

export function holdFetch(match: string): HeldFetch {
  const original = window.fetch;
  const signals: (AbortSignal | undefined)[] = [];
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes(match)) return original(input, init);
    const signal = init?.signal ?? undefined;
    signals.push(signal);
    return new Promise<Response>((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return { signals, restore: () => (window.fetch = original) };
}
