// The README's main job: `npm start` serves the docs site, with its snippet builder and the demo
// of every widget, at http://localhost:PORT/. (`npm test` has already built everything, the site
// included; this starts the same server `npm start` does.)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';

const PORT = 8000 + Math.floor(Math.random() * 900) + 50;

describe('npm start', () => {
  it('serves the docs site, the builder and the demo of all four widgets at the address the README gives', async () => {
    const server = spawn('npx', ['wds', '--config', 'web-dev-server.config.mjs'], {
      env: { ...process.env, PORT: String(PORT) },
      stdio: 'ignore',
      detached: true,
    });
    try {
      let home: Response | undefined;
      for (let i = 0; i < 60 && !home; i++) {
        home = await fetch(`http://localhost:${PORT}/`).catch(() => undefined);
        if (!home) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      assert.ok(home, 'the server did not start');
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
      process.kill(-server.pid!);
    }
  });
});
