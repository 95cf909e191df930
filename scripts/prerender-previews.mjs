/* global document */
// Pre-renders the docs site's live previews (the ```html preview fences, site/preview-fence.mjs)
// with the snippet builder's own snapshot (site/assets/snapshot.js), after Eleventy has written
// dist/site/: each preview's element gets its declarative shadow root, so the page paints the widget
// at once and the upgrade moves nothing (the live previews made a layout shift of 0.18–0.24 on the
// widget pages, Lighthouse mobile). The snapshot's styles are the element's source styles, so it
// lays out as the live element does at any width.
//
// Needs a Chrome or Chromium (scripts/find-chrome.mjs). Without one the site still builds, with
// live previews that shift once, and this says so.
import { createServer } from 'node:http';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { CHROME_ARGS, NO_CHROME_MESSAGE, findChrome } from './find-chrome.mjs';

const ROOT = join(process.cwd(), 'dist', 'site');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const PREVIEW = /(<div class="preview-live"[^>]*>\s*)(<hart-[a-z-]+[^>]*>)/g;

/** The built pages with a preview, as paths under dist/site/. */
async function pagesWithPreviews() {
  const files = (await readdir(ROOT, { recursive: true })).filter((file) => file.endsWith('.html'));
  const found = [];
  for (const file of files)
    if ((await readFile(join(ROOT, file), 'utf8')).includes('class="preview-live"')) found.push(file);
  return found;
}

async function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = path.endsWith('/') ? `${path}index.html` : path;
    try {
      const body = await readFile(join(ROOT, file));
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const { version } = JSON.parse(await readFile(join(process.cwd(), 'packages', 'elements', 'package.json'), 'utf8'));
const chrome = findChrome();
if (!chrome) {
  console.warn(
    `prerender-previews: ${NO_CHROME_MESSAGE} The docs site's previews stay live only (they shift once when they render).`,
  );
} else {
  const { chromium } = await import('playwright-core');
  const pages = await pagesWithPreviews();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  try {
    for (const file of pages) {
      if (/<div class="preview-live"[^>]*>\s*<hart-[^>]*>\s*<template/.test(await readFile(join(ROOT, file), 'utf8')))
        continue; // done already
      const page = await browser.newPage();
      await page.goto(`${server.url}/${file.replace(/index\.html$/, '')}`);
      const templates = await page.evaluate(async () => {
        const { rendered, snapshotTemplate } = await import('/assets/snapshot.js');
        const out = [];
        for (const el of document.querySelectorAll(
          '.preview-live > :is(hart-help-banner, hart-red-flag-quiz, hart-resource-finder, hart-training-request)',
        )) {
          await rendered(el);
          out.push(snapshotTemplate(el, el.exitUrl));
        }
        return out;
      });
      await page.close();
      const html = await readFile(join(ROOT, file), 'utf8');
      let index = 0;
      // Stamped as the builder stamps a snapshot: the element drops the stamp when it has taken over.
      const done = html.replace(
        PREVIEW,
        (whole, before, tag) =>
          `${before}${tag.replace(/>$/, ` data-hart-version="${version}">`)}\n${templates[index++] ?? ''}`,
      );
      if (index !== templates.length)
        throw new Error(`${file}: ${templates.length} previews rendered, ${index} in the page`);
      await writeFile(join(ROOT, file), done);
    }
    console.log(`prerender-previews: ${pages.length} pages`);
  } finally {
    await browser.close();
    await server.close();
  }
}
