// Renders every diagram of every corpus template and every diagram fixture in headless
// Chromium with the bundled Mermaid, under the webview's CSP (no 'unsafe-eval', scripts by
// nonce only). Asserts that Mermaid draws each one with every node, and that hostile text in
// the injection fixtures runs nothing. Prints the slowest renders.
//
//   node scripts/build.mjs --only=htmlRenderer && node --test test/render/
//
// Needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = process.cwd();
const corpus = resolve(root, '../shared/corpus');
const fixtures = resolve(root, 'test/fixtures/diagram');
const bundle = resolve(root, 'dist/webview/htmlRenderer.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TEMPLATE_FILE = /\.(ya?ml|json|template)$/i;
const NONCE = 'archlens-render-test';

function templateFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...templateFiles(full));
    else if (TEMPLATE_FILE.test(name)) out.push(full);
  }
  return out;
}

let browser;
let page;
let diagramsFor;
let patternTemplates;
const timings = [];

before(async () => {
  assert.ok(existsSync(bundle), `${relative(root, bundle)} is missing: run node scripts/build.mjs --only=htmlRenderer`);
  mkdirSync(resolve(root, 'out/render'), { recursive: true });
  const outfile = resolve(root, 'out/render/diagramTexts.cjs');
  await esbuild.build({ entryPoints: [resolve(root, 'test/render/diagramTexts.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  ({ diagramsFor, patternTemplates } = createRequire(import.meta.url)(outfile));

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    page.archlensDialogs = (page.archlensDialogs ?? 0) + 1;
    void dialog.dismiss();
  });
  const csp = `default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'nonce-${NONCE}'; font-src 'none'`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body><div id="stage"></div><script nonce="${NONCE}" src="/htmlRenderer.js"></script></body></html>`;
  // No network at all: the page and its one script come from memory.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== 'archlens.test') return route.abort();
    if (url.pathname === '/htmlRenderer.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(bundle) });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
  await page.goto('http://archlens.test/');
  await page.waitForFunction(() => typeof window.archlensRender === 'function');
});

after(async () => {
  await browser?.close();
  timings.sort((a, b) => b.milliseconds - a.milliseconds);
  const total = timings.reduce((sum, t) => sum + t.milliseconds, 0);
  console.log(`rendered ${timings.length} diagrams in ${(total / 1000).toFixed(1)} s`);
  for (const t of timings.slice(0, 5)) console.log(`  slowest: ${t.milliseconds.toFixed(0)} ms  ${t.file} (${t.view}, ${t.nodes} nodes)`);
});

/** Renders in the page, puts the SVG into the DOM as the webview does, and reports. */
async function render(mermaid) {
  return page.evaluate(async (source) => {
    window.__archlensPwned = false;
    try {
      const result = await window.archlensRender(source);
      const stage = document.getElementById('stage');
      stage.innerHTML = result.svg;
      const scripts = stage.querySelectorAll('script, iframe, object, embed').length;
      const handlers = [...stage.querySelectorAll('*')].filter((element) => [...element.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))).length;
      const text = stage.textContent ?? '';
      await new Promise((done) => setTimeout(done, 0));
      stage.innerHTML = '';
      return { ok: true, nodeCount: result.nodeCount, milliseconds: result.milliseconds, scripts, handlers, pwned: window.__archlensPwned === true, text };
    } catch (error) {
      return { ok: false, message: String(error?.message ?? error) };
    }
  }, mermaid);
}

const files = [...templateFiles(fixtures), ...templateFiles(corpus)];

test('there is something to render', () => {
  assert.ok(files.length > 5, `found ${files.length} files; is ../shared/corpus there?`);
});

for (const file of files) {
  const name = relative(root, file);
  test(`renders ${name}`, { timeout: 120_000 }, async () => {
    const cases = diagramsFor(readFileSync(file, 'utf8'), file);
    for (const diagram of cases) {
      const result = await render(diagram.mermaid);
      assert.ok(result.ok, `${diagram.view}: Mermaid failed: ${result.message}`);
      assert.equal(result.nodeCount, diagram.nodeCount, `${diagram.view}: every node is drawn`);
      assert.equal(result.scripts, 0, `${diagram.view}: no script elements`);
      assert.equal(result.handlers, 0, `${diagram.view}: no event-handler attributes`);
      assert.equal(result.pwned, false, `${diagram.view}: no injected script ran`);
      if (/injection/.test(name)) assert.ok(result.text.includes('<script>') || result.text.includes('-->'), 'hostile text is shown as text');
      timings.push({ file: name, view: diagram.view, nodes: diagram.nodeCount, milliseconds: result.milliseconds });
    }
    assert.equal(page.archlensDialogs ?? 0, 0, 'no dialog opened');
  });
}

test('every pattern in every option combination renders', { timeout: 600_000 }, async () => {
  const patterns = patternTemplates();
  assert.ok(patterns.length >= 24, `found ${patterns.length} pattern variants`);
  for (const { name, text } of patterns) {
    const cases = diagramsFor(text, 'pattern.yaml');
    assert.equal(cases.length, 2, `${name}: both views`);
    for (const diagram of cases) {
      const result = await render(diagram.mermaid);
      assert.ok(result.ok, `${name} ${diagram.view}: Mermaid failed: ${result.message}`);
      assert.equal(result.nodeCount, diagram.nodeCount, `${name} ${diagram.view}: every node is drawn`);
      timings.push({ file: name, view: diagram.view, nodes: diagram.nodeCount, milliseconds: result.milliseconds });
    }
  }
});

test('a template just under the summary threshold still draws resource by resource', { timeout: 300_000 }, async () => {
  const lines = ['Resources:'];
  for (let i = 0; i < 145; i++) {
    lines.push(`  Queue${i}:`, '    Type: AWS::SQS::Queue', `  Fn${i}:`, '    Type: AWS::Lambda::Function', '    Properties:', '      Role: arn:aws:iam::1:role/r');
    lines.push('      Runtime: nodejs20.x', '      Handler: i.h', '      Code: { ZipFile: x }', `  Map${i}:`, '    Type: AWS::Lambda::EventSourceMapping', '    Properties:');
    lines.push(`      EventSourceArn: !GetAtt Queue${i}.Arn`, `      FunctionName: !Ref Fn${i}`);
  }
  const [essentials] = diagramsFor(lines.join('\n'), 'large.yaml');
  assert.equal(essentials.view, 'essentials');
  assert.equal(essentials.nodeCount, 290);
  const result = await render(essentials.mermaid);
  assert.ok(result.ok, result.message);
  assert.equal(result.nodeCount, 290);
  timings.push({ file: 'synthetic 290-node template', view: 'essentials', nodes: 290, milliseconds: result.milliseconds });
});
