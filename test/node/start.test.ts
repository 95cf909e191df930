// The README's main job: `npm start` serves the demo of every widget at http://localhost:PORT/.
// (`npm test` has already built everything; this starts the same server `npm start` does.)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';

const PORT = 8000 + Math.floor(Math.random() * 900) + 50;

describe('npm start', () => {
  it('serves the demo of all four widgets at the address the README gives', async () => {
    const server = spawn('npx', ['wds', '--config', 'web-dev-server.config.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore', detached: true });
    try {
      let page: Response | undefined;
      for (let i = 0; i < 60 && !page; i++) {
        page = await fetch(`http://localhost:${PORT}/`).catch(() => undefined);
        if (!page) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      assert.ok(page, 'the server did not start');
      assert.equal(page.status, 200);
      assert.match(page.url, /\/demo\/$/);
      const html = await page.text();
      for (const tag of ['hart-help-banner', 'hart-red-flag-quiz', 'hart-resource-finder', 'hart-training-request']) assert.ok(html.includes(`<${tag}`), tag);
      const bundle = await fetch(`http://localhost:${PORT}/packages/elements/dist/cdn/hart-elements.js`);
      assert.equal(bundle.status, 200);
    } finally {
      process.kill(-server.pid!);
    }
  });
});
