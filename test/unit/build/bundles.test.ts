/**
 * Size budgets and the web-extension boundary, checked on the bundles `npm run build`
 * wrote (npm test builds before it runs the unit tests).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'zlib', 'stream', 'util', 'url', 'buffer', 'events', 'worker_threads'];
// esbuild writes module loads as require("x"); the single-quoted require('node:crypto') in
// the patterns' inline Lambda code is text inside a template, and lodash's guarded
// `module.require("util")` is a method call that never runs in a browser.
const requires = (code: string) => [...code.matchAll(/(?<![.\w$])require\("(?:node:)?([\w/]+)"\)/g)].map((m) => m[1]);

test('the extension bundle is under 1 MB and carries neither Mermaid nor the icons', () => {
  assert.ok(existsSync('dist/extension.js'), 'run npm run build first');
  const size = statSync('dist/extension.js').size;
  assert.ok(size < 1024 * 1024, `dist/extension.js is ${size} bytes`);
  const code = readFileSync('dist/extension.js', 'utf8');
  assert.ok(!/mermaid\.initialize|flowchart-v2|dagre/.test(code), 'Mermaid belongs to the webview bundle only');
  assert.ok(!code.includes('"logos:aws-lambda"') && !code.includes('aws-icons'), 'icons belong to the webview bundle only');
});

test('the browser (web extension) bundle uses no Node built-ins', () => {
  const code = readFileSync('dist/web/extension.js', 'utf8');
  const used = requires(code).filter((name) => name !== 'vscode');
  assert.deepEqual(used.filter((name) => NODE_BUILTINS.includes(name.split('/')[0])), []);
  assert.deepEqual(used, [], 'the only external module is vscode');
});

test('the webview bundle is self-contained: Mermaid inside, no remote URLs to load', () => {
  const code = readFileSync('dist/webview/main.js', 'utf8');
  assert.ok(/flowchart/.test(code), 'Mermaid is bundled');
  assert.deepEqual(requires(code), []);
  assert.ok(!/https?:\/\/(cdn|unpkg|fonts\.googleapis)/.test(code), 'no CDN');
});
