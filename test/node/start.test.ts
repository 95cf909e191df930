// The README's main job: `npm start` serves the docs site, with its snippet builder and the demo
// of every widget, at http://localhost:PORT/. (`npm test` has already built everything, the site
// included; this starts the same server `npm start` does.)
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, it } from 'node:test';

const PORT = 8000 + Math.floor(Math.random() * 900) + 50;

/** The address the server says it listens at ("Local: http://localhost:PORT/"), once it says so. */
function listeningAt(server: ChildProcess, timeoutMs = 60000): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: server.stdout! });
    const said: string[] = [];
    const fail = (why: string) => {
      clearTimeout(timer);
      lines.close();
      reject(new Error(`${why}; it said:\n${said.join('\n')}`));
    };
    // A bound, not a wait: the line normally comes in about a second.
    const timer = setTimeout(() => fail(`the server did not say where it listens within ${timeoutMs} ms`), timeoutMs);
    server.once('exit', (code) => fail(`the server exited (${code}) before listening`));
    lines.on('line', (line) => {
      said.push(line);
      const address = /Local:\s+(http:\/\/\S+)/.exec(line)?.[1];
      if (!address) return;
      clearTimeout(timer);
      server.removeAllListeners('exit');
      // Keep reading, so a full pipe never stalls the server.
      lines.removeAllListeners('line');
      lines.on('line', () => undefined);
      resolve(address);
    });
  });
}

describe('npm start', () => {
  it('serves the docs site, the builder and the demo of all four widgets at the address the README gives', async () => {
    const server = spawn('npx', ['wds', '--config', 'web-dev-server.config.mjs'], {
      env: { ...process.env, PORT: String(PORT) },
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    try {
      assert.equal(await listeningAt(server), `http://localhost:${PORT}/`);
      const home = await fetch(`http://localhost:${PORT}/`);
      assert.equal(home.status, 200);
      const homeHtml = await home.text();
      assert.match(homeHtml, /href="\/builder\/"/);
      assert.match(homeHtml, /href="\/demo\/"/);
      const builder = await fetch(`http://localhost:${PORT}/builder/`);
      assert.equal(builder.status, 200);
      assert.match(await builder.text(), /<h1>Snippet builder<\/h1>/);
      const demo = await fetch(`http://localhost:${PORT}/demo/`);
      assert.equal(demo.status, 200);
      const html = await demo.text();
      for (const tag of ['hart-help-banner', 'hart-red-flag-quiz', 'hart-resource-finder', 'hart-training-request'])
        assert.ok(html.includes(`<${tag}`), tag);
      const bundle = await fetch(`http://localhost:${PORT}/cdn/hart-elements.js`);
      assert.equal(bundle.status, 200);
    } finally {
      if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid!);
    }
  });
});
