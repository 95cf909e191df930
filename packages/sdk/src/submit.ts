import type { DataIssue } from './errors.js';
import { OUTBOX_MAX_AGE_MS, createOutbox, type Outbox, type OutboxEntry } from './outbox.js';
import { isHartStorageLocked, quickExitSignal } from './storage.js';
import type { TrainingRequest } from './schema/training-request.js';
import { checkFetchUrl } from './fetch-json.js';
import { validateTrainingRequest } from './validate.js';

export interface SubmitOptions {
  /** Where the request is POSTed as JSON. */
  endpoint: string;
  fetch?: typeof globalThis.fetch;
  /** Keeps a request that could not be delivered, to be re-sent by {@link flushOutbox}. */
  outbox?: Outbox;
  /** Attempts after the first (network errors, 5xx, 429). Default 3. */
  retries?: number;
  /** First backoff delay; doubled each attempt. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest wait between attempts, including a server's Retry-After. Default 30 s. */
  maxDelayMs?: number;
  /** Time allowed for one attempt. Default 15 s. */
  timeoutMs?: number;
  /** Reuse a key to re-send the same request (the server must answer it once). */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** How to wait; replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
}

export type SubmitResult =
  /** The endpoint accepted it. `reference` is what it returned, or the idempotency key. */
  | { status: 'sent'; idempotencyKey: string; reference: string; httpStatus: number }
  /** Not delivered (offline, 5xx, 429 after retries); kept in the outbox when one was given. */
  | { status: 'queued'; idempotencyKey: string; reason: string; stored: boolean }
  /** The endpoint refused it (4xx other than 429). Not retried. */
  | { status: 'rejected'; idempotencyKey: string; httpStatus: number; message: string; fieldErrors: DataIssue[] }
  /** It did not pass the schema; nothing was sent. */
  | { status: 'invalid'; issues: DataIssue[] }
  /** Quick exit started while it was being sent: the delivery was aborted and nothing was stored. */
  | { status: 'abandoned'; idempotencyKey: string };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits `ms` with `sleep`, or less: the wait ends as soon as `signal` aborts (quick exit). */
function waitUnlessAborted(sleep: (ms: number) => Promise<void>, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    sleep(ms).then(done, done);
  });
}

export function newIdempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Seconds or an HTTP date, as in `Retry-After`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function readBody(response: Response): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function fieldErrorsOf(body: Record<string, unknown>): DataIssue[] {
  const errors = body.errors ?? body.fieldErrors;
  if (Array.isArray(errors)) {
    return errors
      .filter((e): e is { path?: unknown; field?: unknown; message?: unknown } => !!e && typeof e === 'object')
      .map((e) => ({ path: String(e.path ?? e.field ?? ''), message: String(e.message ?? '') }));
  }
  if (errors && typeof errors === 'object') {
    return Object.entries(errors).map(([path, message]) => ({ path, message: String(message) }));
  }
  return [];
}

/** One delivery with retries; never throws. */
async function deliver(
  request: TrainingRequest,
  idempotencyKey: string,
  options: SubmitOptions,
): Promise<Exclude<SubmitResult, { status: 'invalid' }>> {
  // Quick exit aborts every delivery in flight, whoever started it.
  const signal = options.signal ? AbortSignal.any([options.signal, quickExitSignal()]) : quickExitSignal();
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? defaultSleep;
  const retries = options.retries ?? 3;
  const base = options.baseDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let reason = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    // Before every attempt: once quick exit has started (or the caller aborted), nothing more leaves.
    // A listener added to an aborted signal never fires, so this is checked, not listened for.
    if (signal.aborted) {
      reason ||= 'aborted';
      break;
    }
    let waitMs = Math.min(maxDelay, base * 2 ** attempt);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
    const onAbort = () => controller.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await doFetch(checkFetchUrl(options.endpoint).href, {
        method: 'POST',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(request),
        signal: controller.signal,
      });
      if (response.ok) {
        const body = await readBody(response);
        const reference = typeof body.reference === 'string' && body.reference ? body.reference : idempotencyKey;
        return { status: 'sent', idempotencyKey, reference, httpStatus: response.status };
      }
      if (response.status !== 429 && response.status < 500) {
        const body = await readBody(response);
        const message = typeof body.message === 'string' ? body.message : `HTTP ${response.status}`;
        return {
          status: 'rejected',
          idempotencyKey,
          httpStatus: response.status,
          message,
          fieldErrors: fieldErrorsOf(body),
        };
      }
      reason = `HTTP ${response.status}`;
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      if (retryAfter !== undefined) waitMs = Math.min(maxDelay, retryAfter);
    } catch (cause) {
      reason = controller.signal.aborted
        ? 'no answer in time'
        : `network error (${(cause as Error)?.message ?? cause})`;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
    if (signal.aborted || attempt === retries) break;
    await waitUnlessAborted(sleep, waitMs, signal);
  }
  if (isHartStorageLocked()) return { status: 'abandoned', idempotencyKey };
  return { status: 'queued', idempotencyKey, reason, stored: false };
}

/**
 * Validates a training request and POSTs it as JSON with an `Idempotency-Key` header. Network
 * errors, 5xx and 429 are retried with exponential backoff (honouring `Retry-After`); other 4xx
 * are not. A request that still could not be delivered goes into the outbox, if one is given, to
 * be re-sent by {@link flushOutbox} with the same key — so the endpoint receives it exactly once.
 * Never throws.
 */
export async function submitTrainingRequest(request: unknown, options: SubmitOptions): Promise<SubmitResult> {
  const checked = validateTrainingRequest(request);
  if (!checked.ok) return { status: 'invalid', issues: checked.issues };
  const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
  const result = await deliver(checked.value, idempotencyKey, options);
  if (result.status === 'queued' && options.outbox && !isHartStorageLocked()) {
    try {
      options.outbox.put({
        idempotencyKey,
        endpoint: options.endpoint,
        request: checked.value,
        queuedAt: new Date().toISOString(),
      });
      return { ...result, stored: true };
    } catch {
      return result;
    }
  }
  return result;
}

const flushing = new WeakSet<Outbox>();

/**
 * Why an outbox entry cannot be re-sent, or undefined when it can. Storage is not ours alone (any
 * script on the page can write it), so an entry is checked again before it is sent: a request
 * that passes the schema, an https endpoint, a plausible key, and an age under 30 days.
 */
export function outboxEntryProblem(entry: unknown, now = Date.now()): string | undefined {
  if (!entry || typeof entry !== 'object') return 'not an entry';
  const { idempotencyKey, endpoint, request, queuedAt } = entry as Record<string, unknown>;
  if (typeof idempotencyKey !== 'string' || !/^[A-Za-z0-9-]{8,100}$/.test(idempotencyKey))
    return 'its key is not a key this SDK writes';
  try {
    if (typeof endpoint !== 'string') throw new Error();
    checkFetchUrl(endpoint);
  } catch {
    return 'its endpoint is not an https: URL';
  }
  const queued = typeof queuedAt === 'string' ? Date.parse(queuedAt) : NaN;
  if (Number.isNaN(queued) || queued > now + 60_000) return 'it has no valid date';
  if (now - queued > OUTBOX_MAX_AGE_MS) return 'it waited more than 30 days';
  const checked = validateTrainingRequest(request);
  if (!checked.ok)
    return `the request does not match the schema (${checked.issues[0]?.path}: ${checked.issues[0]?.message})`;
  return undefined;
}

/**
 * Re-sends the requests waiting in the outbox for `options.endpoint`, each with its own idempotency
 * key, to that endpoint: the one the caller names, never one read from storage (any script of the
 * origin can write an entry aimed at `http://127.0.0.1:631/admin`). The endpoint must pass the
 * rule every delivery passes (`https:`, or `http:` on this machine for development); without one,
 * nothing is sent. Entries that are delivered or refused leave the outbox; those that still fail
 * stay, and so do entries saved for another endpoint. An entry that is invalid, names an unusable
 * endpoint or is older than 30 days is dropped unsent (result `invalid`, with the reason).
 * Overlapping calls for the same outbox do nothing, so a request is never sent twice at once.
 */
export async function flushOutbox(
  outbox: Outbox = createOutbox(),
  options: Omit<SubmitOptions, 'idempotencyKey' | 'outbox'>,
): Promise<{ entry: OutboxEntry; result: SubmitResult }[]> {
  let endpoint: string;
  try {
    // `options?`: a script calling flushOutbox(outbox) with no endpoint gets nothing sent, not a throw.
    endpoint = checkFetchUrl((options as typeof options | undefined)?.endpoint ?? '').href;
  } catch {
    return [];
  }
  if (flushing.has(outbox)) return [];
  flushing.add(outbox);
  try {
    const results: { entry: OutboxEntry; result: SubmitResult }[] = [];
    for (const entry of outbox.list()) {
      const problem = outboxEntryProblem(entry);
      if (problem) {
        outbox.remove((entry as Partial<OutboxEntry>)?.idempotencyKey as string);
        results.push({
          entry,
          result: {
            status: 'invalid',
            issues: [{ path: 'outbox', message: `a saved request was dropped: ${problem}` }],
          },
        });
        continue;
      }
      // Saved for another endpoint: it waits for a flush that names that one.
      if (checkFetchUrl(entry.endpoint).href !== endpoint) continue;
      if (isHartStorageLocked()) break;
      const result = await deliver(entry.request, entry.idempotencyKey, { retries: 0, ...options, endpoint });
      if (result.status !== 'queued' && result.status !== 'abandoned') outbox.remove(entry.idempotencyKey);
      results.push({ entry, result });
    }
    return results;
  } finally {
    flushing.delete(outbox);
  }
}
