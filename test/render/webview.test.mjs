// The diagram webview bundle (dist/webview/main.js) in headless Chromium under the panel's
// CSP, with a stand-in for VS Code's webview API: it says it is ready, draws a diagram
// message, reports clicks, highlights, keeps the last picture on a problem, and exports
// SVG and PNG.
//
//   node scripts/build.mjs --only=webview && node --test test/render/webview.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = process.cwd();
const dist = resolve(root, 'dist/webview');
const NONCE = 'archlens-webview-test';
let browser;
let page;
let messageFor;

before(async () => {
  assert.ok(existsSync(resolve(dist, 'main.js')), 'dist/webview/main.js is missing: run node scripts/build.mjs --only=webview');
  mkdirSync(resolve(root, 'out/render'), { recursive: true });
  const outfile = resolve(root, 'out/render/diagramMessage.cjs');
  await esbuild.build({ entryPoints: [resolve(root, 'test/render/diagramMessage.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  messageFor = createRequire(import.meta.url)(outfile).diagramMessageFor;

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.archlensErrors = errors;
  const csp = `default-src 'none'; img-src http://archlens.test data:; style-src http://archlens.test 'unsafe-inline'; script-src 'nonce-${NONCE}'; font-src http://archlens.test`;
  // The stub stands in for acquireVsCodeApi; it is allowed by the nonce like the bundle.
  const stub = `window.__sent = []; window.__state = undefined; let acquired = false;
    window.acquireVsCodeApi = () => { if (acquired) throw new Error('acquired twice'); acquired = true;
      return { postMessage: (m) => window.__sent.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } }; };`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
    <link rel="stylesheet" href="/main.css"></head><body class="vscode-dark" style="--vscode-editor-background:#1e1e1e;--vscode-editor-foreground:#d4d4d4">
    <div id="app"></div><script nonce="${NONCE}">${stub}</script><script nonce="${NONCE}" src="/main.js"></script></body></html>`;
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== 'archlens.test') return route.abort();
    if (url.pathname === '/main.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(resolve(dist, 'main.js')) });
    if (url.pathname === '/main.css') return route.fulfill({ contentType: 'text/css', body: readFileSync(resolve(dist, 'main.css')) });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
  await page.goto('http://archlens.test/');
});

after(async () => browser?.close());

const sent = (type) => page.evaluate((t) => window.__sent.filter((m) => m.type === t), type);
const post = (message) => page.evaluate((m) => window.postMessage(m, '*'), message);
const waitForSent = (type, count = 1) => page.waitForFunction(([t, n]) => window.__sent.filter((m) => m.type === t).length >= n, [type, count], { timeout: 30_000 });

test('the webview says it is ready, with its view state', async () => {
  await waitForSent('ready');
  const [ready] = await sent('ready');
  assert.equal(ready.state.view, 'essentials');
  assert.equal(ready.state.direction, 'LR');
});

test('a diagram message is drawn, with every node decorated', async () => {
  const message = messageFor('three-tier-vpc.yaml', 1);
  await post(message);
  await waitForSent('rendered');
  const [rendered] = await sent('rendered');
  assert.equal(rendered.nodeCount, Object.keys(message.nodes).length);
  assert.equal(await page.locator('[data-archlens-node]').count(), Object.keys(message.nodes).length);
  assert.deepEqual(page.archlensErrors, []);
  await page.screenshot({ path: resolve(root, 'out/render/three-tier-webview.png') });
});

test('a click on a node asks the extension to reveal its resource', async () => {
  await page.locator('[data-archlens-node]', { hasText: 'Database' }).first().click();
  await waitForSent('reveal');
  assert.deepEqual((await sent('reveal')).at(-1), { type: 'reveal', resourceId: 'Database' });
});

test('the cursor\'s resource is highlighted, including glue folded into a node', async () => {
  await post({ type: 'highlight', resourceId: 'AppLaunchTemplate' });
  await page.waitForSelector('.archlens-highlight');
  assert.match(await page.locator('.archlens-highlight').textContent(), /AppAutoScalingGroup/);
});

test('a problem keeps the last picture under a banner', async () => {
  await post({ type: 'problem', message: 'template.yaml:3:1: bad indentation' });
  await page.waitForSelector('.banner:not([hidden])');
  assert.match(await page.locator('.banner').innerText(), /bad indentation \(showing the last good diagram\)/);
  assert.ok(await page.locator('.canvas svg').count());
});

test('exports: SVG text and a PNG data URL', async () => {
  await post({ type: 'export', requestId: 7, format: 'svg' });
  await post({ type: 'export', requestId: 8, format: 'png' });
  await page.waitForFunction(() => window.__sent.filter((m) => (m.type === 'exported' || m.type === 'exportFailed') && m.requestId >= 7).length >= 2, null, { timeout: 30_000 });
  const results = (await page.evaluate(() => window.__sent)).filter((m) => m.requestId >= 7);
  const svg = results.find((m) => m.requestId === 7);
  const png = results.find((m) => m.requestId === 8);
  assert.equal(svg.type, 'exported', svg.message);
  assert.match(svg.data, /^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.ok(!svg.data.includes('archlens-highlight'));
  assert.equal(png.type, 'exported', png.message);
  assert.match(png.data, /^data:image\/png;base64,iVBORw0KGgo/);
  assert.ok(png.data.length > 10_000);
});

test('the toolbar changes the view and the state is persisted', async () => {
  await page.evaluate(() => {
    const dropdown = document.querySelector('vscode-dropdown');
    dropdown.value = 'all';
    dropdown.dispatchEvent(new Event('change'));
  });
  await waitForSent('options');
  assert.deepEqual((await sent('options')).at(-1), { type: 'options', view: 'all', direction: 'LR' });
  assert.equal(await page.evaluate(() => window.__state.view), 'all');
});
