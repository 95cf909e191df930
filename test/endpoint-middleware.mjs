// A real local endpoint for browser tests, served by the test runner under /test-endpoint/.
// Tests script its answers (201, 400 with field errors, 500, 429 with Retry-After, hang, held: a 201
// once the test posts `release`) and read what it received, counted by Idempotency-Key.
// `/test-endpoint/ns/<name>/…` keeps its own script and log, for test files that run at the same time.
const states = new Map();
const stateFor = (name) => {
  if (!states.has(name)) states.set(name, { script: [], received: [], gate: closedGate() });
  return states.get(name);
};

/**
 * What `held` answers wait for: a gate the test opens with `release`. Opened before a held request
 * arrives (the element checks the form before it sends), it lets that request straight through; a
 * new script closes it again.
 */
function closedGate() {
  let open;
  const opened = new Promise((resolve) => (open = resolve));
  return { opened, open };
}

function send(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json');
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  ctx.body = JSON.stringify(body);
}

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

export async function testEndpoint(ctx, next) {
  if (!ctx.path.startsWith('/test-endpoint/')) return next();
  let action = ctx.path.slice('/test-endpoint/'.length);
  const namespaced = /^ns\/([\w-]+)\/(.*)$/.exec(action);
  const state = stateFor(namespaced ? namespaced[1] : '');
  if (namespaced) action = namespaced[2];
  if (action === 'script' && ctx.method === 'POST') {
    state.script = JSON.parse(await readBody(ctx.req));
    state.received = [];
    state.gate = closedGate();
    return send(ctx, 200, { ok: true });
  }
  if (action === 'received') return send(ctx, 200, state.received);
  if (action === 'release' && ctx.method === 'POST') {
    state.gate.open();
    return send(ctx, 200, { ok: true });
  }
  if (action === 'requests' && ctx.method === 'POST') {
    const body = await readBody(ctx.req);
    const answer = state.script.shift() ?? 201;
    if (answer === 'hang') return new Promise(() => {});
    if (answer === 'held') await state.gate.opened;
    const key = ctx.get('Idempotency-Key');
    state.received.push({ key, body: JSON.parse(body || 'null') });
    if (answer === 201 || answer === 'held') return send(ctx, 201, { reference: `HART-${state.received.length}` });
    if (answer === 400)
      return send(ctx, 400, { message: 'Town is not in Connecticut', errors: { town: 'not a Connecticut town' } });
    if (answer === '400-second-date')
      return send(ctx, 400, {
        message: 'No trainer on that date',
        errors: [{ path: 'preferredDates[1]', message: 'no trainer is free that day' }],
      });
    if (answer === 429) return send(ctx, 429, { message: 'slow down' }, { 'Retry-After': '1' });
    return send(ctx, Number(answer), { message: 'server error' });
  }
  // slow/<ms>/<path>: serves <path> (a file of the test server) after a delay.
  const slow = /^slow\/(\d+)(\/.*)$/.exec(action);
  if (slow) {
    await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
    ctx.path = slow[2];
    return next();
  }
  if (action.startsWith('status/')) return send(ctx, Number(action.slice(7)), { message: 'scripted' });
  if (action === 'not-json') {
    ctx.set('Content-Type', 'text/html');
    ctx.body = '<!doctype html><p>Not JSON</p>';
    return;
  }
  return next();
}
