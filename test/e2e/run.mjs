#!/usr/bin/env node
// End-to-end runner: ArchLens in a real VS Code (code-server 4.99.4 = Code 1.99.3) driven
// by headless Debian Chromium. Runs the API suite through a test-driver extension and a
// few UI checks through Playwright, then prints "N passed, N failed" (read by CI).
// Usage: node test/e2e/run.mjs   (after `npm run package`); see test/e2e/README.md.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runUiChecks, runWebChecks } from './ui/checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
// The web run keeps its screenshots apart, so both runs' pictures survive.
const artifacts = path.join(here, '.artifacts', process.argv.includes('--web') ? 'web' : '');
const CACHE = process.env.ARCHLENS_CACHE || path.join(os.homedir(), '.cache/archlens');
const CODE_SERVER = path.join(CACHE, 'code-server-4.99.4/package/out/node/entry.js');
const API_SUITE_MS = 180_000; // each test also has its own timeout (harness.js)
const WATCHDOG_MS = 6 * 60_000; // hard cap on the whole run, so CI never hangs
// --web: install the browser bundle alone, so VS Code must run ArchLens in its web-worker
// extension host (as on vscode.dev), and check it through the UI.
const WEB = process.argv.includes('--web');

const t0 = Date.now();
const timings = {};
const results = []; // { name, ok, error, ms }
const cleanups = [];
let tmp;

const log = (msg) => console.log(`[e2e] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Poll `fn` until truthy (returned) or throw after `timeout` ms. */
async function waitFor(fn, { timeout, interval = 250, what }) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(interval);
  }
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: opts.inherit ? 'inherit' : 'pipe', ...opts });
  if (r.status !== 0) {
    throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (exit ${r.status})\n${r.stdout || ''}${r.stderr || ''}`);
  }
  return r.stdout || '';
}

function findVsix() {
  if (process.env.ARCHLENS_VSIX) return path.resolve(process.env.ARCHLENS_VSIX);
  const all = fs.readdirSync(repoRoot).filter((f) => f.endsWith('.vsix'));
  const vsix = all.length && all.map((f) => path.join(repoRoot, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!vsix) throw Object.assign(new Error('no *.vsix in the repo root: run `npm run package` first'), { plain: true });
  return vsix;
}

/** File names inside a .vsix (a zip), read with Python's zipfile (no zip tool needed). */
function zipEntries(file) {
  return JSON.parse(run('python3', ['-c', 'import json, sys, zipfile; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))', file]));
}

/**
 * The packaged extension without its Node entry point: VS Code then has to load the
 * `browser` bundle in the web-worker extension host. The .vsix is a zip; Python's zipfile
 * rewrites the manifest (no zip tool needed).
 */
function webOnlyVsix(source) {
  const out = path.join(tmp, 'archlens-web.vsix');
  run('python3', ['-c', `
import json, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'extension/package.json':
            manifest = json.loads(data)
            del manifest['main']
            data = json.dumps(manifest, indent=2).encode()
        zout.writestr(item, data)
`, source, out]);
  return out;
}

/** Copy the driver extension plus the API suite and package them as a vsix. */
function packageDriver() {
  const dir = path.join(tmp, 'driver');
  fs.cpSync(path.join(here, 'driver'), dir, { recursive: true });
  fs.cpSync(path.join(here, 'suite'), path.join(dir, 'suite'), { recursive: true });
  const out = path.join(tmp, 'archlens-e2e-driver.vsix');
  const vsce = path.join(repoRoot, 'node_modules/@vscode/vsce/vsce');
  run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository',
    '--skip-license', '--out', out], { cwd: dir });
  return out;
}

const freePort = () => new Promise((resolve, reject) => {
  const srv = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  }).on('error', reject);
});

function codeServerArgs(userData, extDir) {
  // --config keeps code-server from reading or writing ~/.config/code-server.
  return [CODE_SERVER, '--config', path.join(tmp, 'code-server.yaml'),
    '--user-data-dir', userData, '--extensions-dir', extDir];
}

async function startCodeServer(userData, extDir, workspace, resultsFile) {
  const port = await freePort();
  const logFile = path.join(tmp, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const proc = spawn(process.execPath, [...codeServerArgs(userData, extDir), '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', workspace], {
    // The extension host inherits this environment: that is how the driver learns
    // where to write its results, and the suite where the CLI is (to compare with it).
    env: { ...process.env, ARCHLENS_E2E_RESULTS: resultsFile, ARCHLENS_REPO_ROOT: repoRoot },
    stdio: ['ignore', out, out],
    detached: true, // own process group, so we can kill it with all its children
  });
  cleanups.push(async () => {
    if (proc.exitCode !== null) return;
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { return; }
    const exited = new Promise((r) => proc.once('exit', r));
    if (await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) return;
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ }
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (proc.exitCode !== null) throw new Error(`code-server exited early (${proc.exitCode}); see ${logFile}`);
    try { return (await fetch(`${url}/healthz`)).ok; } catch { return false; }
  }, { timeout: 30_000, what: 'code-server to listen' });
  return { url, logFile };
}

/** How many nodes the CLI draws for a template: the webview must show the same. */
function diagramNodeCount(file) {
  const json = run(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'diagram', file, '--format', 'json']);
  return JSON.parse(json).nodes.length;
}

function record(name, ok, error, ms) {
  results.push({ name, ok, error: error || null, ms });
}

/** UI check: the command palette lists ArchLens commands. */
async function checkCommandPalette(page) {
  const start = Date.now();
  try {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    const input = page.locator('.quick-input-widget .quick-input-box input.input');
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 5000 }).catch(async () => {
      await page.keyboard.press('Control+Shift+P'); // F1 swallowed? try the other binding
      await input.waitFor({ state: 'visible', timeout: 10_000 });
    });
    await input.fill('>ArchLens');
    const labels = await waitFor(async () => {
      const all = await page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
      const ours = all.map((s) => s.trim()).filter((s) => s.startsWith('ArchLens:'));
      return ours.length ? ours : null;
    }, { timeout: 15_000, what: 'palette entries starting with "ArchLens:"' });
    await page.screenshot({ path: path.join(artifacts, 'command-palette.png') });
    log(`palette lists: ${labels.join(' | ')}`);
    record('ui: command palette lists "ArchLens:" commands', true, null, Date.now() - start);
  } catch (e) {
    await page.screenshot({ path: path.join(artifacts, 'command-palette.png') }).catch(() => {});
    record('ui: command palette lists "ArchLens:" commands', false, e.message, Date.now() - start);
  } finally {
    await page.keyboard.press('Escape').catch(() => {});
  }
}

/** On failure, keep the logs where CI and developers can read them. */
function saveLogs(userData) {
  if (!fs.existsSync(tmp)) return;
  const dest = path.join(artifacts, 'logs');
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  for (const f of ['code-server.log', 'install.log']) {
    if (fs.existsSync(path.join(tmp, f))) fs.copyFileSync(path.join(tmp, f), path.join(dest, f));
  }
  const logs = path.join(userData, 'logs');
  if (fs.existsSync(logs)) fs.cpSync(logs, path.join(dest, 'vscode'), { recursive: true });
  log(`logs saved in ${path.relative(repoRoot, dest)}`);
}

async function main() {
  fs.rmSync(artifacts, { recursive: true, force: true }); // no stale screenshots or logs
  fs.mkdirSync(artifacts, { recursive: true });

  let s = Date.now();
  run('bash', [path.join(repoRoot, 'scripts/setup-e2e.sh')],
    { inherit: true, env: { ...process.env, ARCHLENS_CACHE: CACHE } });
  timings.setupMs = Date.now() - s;

  const packaged = findVsix();
  log(`extension under test: ${packaged}${WEB ? ' (browser bundle only)' : ''}`);
  const vsixBytes = fs.statSync(packaged).size;
  timings.vsixBytes = vsixBytes;
  if (!WEB) {
    record('package: the .vsix is under the 6 MB budget', vsixBytes < 6 * 1024 * 1024, `${vsixBytes} bytes`, 0);
    // The bundles the extension loads, and nothing built for other uses (CLI, HTML export, source maps).
    const code = zipEntries(packaged).filter((name) => name.startsWith('extension/dist/'));
    const expected = ['extension/dist/extension.js', 'extension/dist/web/extension.js', 'extension/dist/webview/main.css', 'extension/dist/webview/main.js', 'extension/dist/webview/main.js.LEGAL.txt'];
    record('package: the .vsix carries exactly the runtime bundles', JSON.stringify(code.sort()) === JSON.stringify(expected), code.join(', '), 0);
  }

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-e2e-'));
  const vsix = WEB ? webOnlyVsix(packaged) : packaged;
  const userData = path.join(tmp, 'user-data');
  const extDir = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  const resultsFile = path.join(tmp, 'results.json');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
    // Without this the folder opens in Restricted Mode and extensions don't activate.
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    // Typed test input lands as written, without the YAML indentation rules moving it.
    'editor.autoIndent': 'none',
  }, null, 2));
  fs.cpSync(path.join(here, 'workspace'), workspace, { recursive: true });

  s = Date.now();
  const installs = WEB ? ['--install-extension', vsix] : ['--install-extension', vsix, '--install-extension', packageDriver()];
  const installOut = run(process.execPath, [...codeServerArgs(userData, extDir), ...installs]);
  fs.writeFileSync(path.join(tmp, 'install.log'), installOut);
  for (const id of WEB ? ['archlens.archlens'] : ['archlens.archlens', 'archlens-test.archlens-e2e-driver']) {
    if (!fs.readdirSync(extDir).some((d) => d.toLowerCase().startsWith(`${id}-`))) {
      throw new Error(`${id} was not installed:\n${installOut}`);
    }
  }
  timings.installMs = Date.now() - s;
  if (WEB) {
    const installed = fs.readdirSync(extDir).find((d) => d.toLowerCase().startsWith('archlens.archlens-'));
    const manifest = JSON.parse(fs.readFileSync(path.join(extDir, installed, 'package.json'), 'utf8'));
    record('web: the installed extension has only a browser entry point', !manifest.main && !!manifest.browser, JSON.stringify({ main: manifest.main, browser: manifest.browser }), 0);
  }

  s = Date.now();
  const server = await startCodeServer(userData, extDir, workspace, resultsFile);
  timings.serverStartMs = Date.now() - s;

  const browser = await chromium.launch({
    executablePath: process.env.ARCHLENS_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  cleanups.unshift(() => browser.close().catch(() => {}));
  // Copy Mermaid goes through the browser clipboard, which asks for permission otherwise.
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const consoleLog = [];
  page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));

  try {
    s = Date.now();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    timings.workbenchMs = Date.now() - s;

    if (WEB) {
      await runWebChecks({ page, record, artifacts, workspace, waitFor });
      return;
    }
    // The extension host starts only once the browser connects; then the driver runs.
    s = Date.now();
    await waitFor(() => fs.existsSync(`${resultsFile}.started`), { timeout: 60_000, what: 'the test-driver extension to activate' })
      .catch((e) => { throw new Error(`${e.message} (is it installed and enabled?)`); });
    timings.driverActivatedMs = Date.now() - s;
    const started = JSON.parse(fs.readFileSync(`${resultsFile}.started`, 'utf8'));
    const api = await waitFor(() => fs.existsSync(resultsFile) && JSON.parse(fs.readFileSync(resultsFile, 'utf8')),
      { timeout: API_SUITE_MS, what: 'the API suite results' })
      .catch((e) => { // report the tests that did finish, then the hang itself
        const partial = `${resultsFile}.partial`;
        if (fs.existsSync(partial)) {
          for (const t of JSON.parse(fs.readFileSync(partial, 'utf8')).tests) record(`api: ${t.name}`, t.ok, t.error, t.ms);
        }
        throw e;
      });
    timings.apiSuiteMs = Date.now() - s;
    for (const t of api.tests) record(`api: ${t.name}`, t.ok, t.error, t.ms);
    Object.assign(timings, { extHostUptimeAtDriverMs: started.extHostUptimeMs }, api.metrics);

    await page.screenshot({ path: path.join(artifacts, 'workbench.png') });
    await checkCommandPalette(page);
    await runUiChecks({ page, record, artifacts, workspace, waitFor, expectedThreeTierNodes: diagramNodeCount(path.join(workspace, 'three-tier.yaml')), metrics: timings, diagramNodeCount });
  } catch (e) {
    record('e2e runner', false, e.message, 0);
    await page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
  } finally {
    fs.writeFileSync(path.join(artifacts, 'browser-console.log'), consoleLog.join('\n'));
  }
}

async function cleanup() {
  for (const fn of cleanups.splice(0)) await fn();
  // After code-server has stopped, so its logs are complete.
  if (tmp && results.some((r) => !r.ok)) saveLogs(path.join(tmp, 'user-data'));
  if (tmp && !process.env.ARCHLENS_E2E_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
  else if (tmp) log(`kept ${tmp}`);
}

function report() {
  console.log('');
  for (const r of results) {
    console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name} (${r.ms} ms)`);
    if (!r.ok) console.log(`     ${String(r.error).split('\n').join('\n     ')}`);
  }
  timings.totalMs = Date.now() - t0;
  console.log('\ntimings/metrics:');
  for (const [k, v] of Object.entries(timings)) console.log(`  ${k}: ${v}`);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

const watchdog = setTimeout(async () => {
  record('e2e runner', false, `watchdog: whole run exceeded ${WATCHDOG_MS / 1000} s`, WATCHDOG_MS);
  await cleanup();
  report();
  process.exit(1);
}, WATCHDOG_MS);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => { await cleanup(); process.exit(1); });
}

let ok = false;
try {
  await main();
} catch (e) {
  record('e2e runner', false, e.plain ? e.message : e.stack || e.message, Date.now() - t0);
} finally {
  await cleanup();
  clearTimeout(watchdog);
  ok = report();
}
process.exit(ok ? 0 : 1);
