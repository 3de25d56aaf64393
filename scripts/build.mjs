// One esbuild script for every bundle: extension (node), web extension (browser),
// webview (browser IIFE with Mermaid), CLI, and the unit tests.
// Usage: node scripts/build.mjs [--production] [--watch] [--only=extension,web,webview,cli,tests]
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

const args = process.argv.slice(2);
const production = args.includes('--production');
const watch = args.includes('--watch');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'linked',
};

function findFiles(dir, suffix, out = []) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) findFiles(full, suffix, out);
    else if (name.endsWith(suffix)) out.push(full);
  }
  return out;
}

const targets = {
  extension: {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  web: {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  webview: {
    ...common,
    entryPoints: ['webview/main.ts'],
    outfile: 'dist/webview/main.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
  },
  htmlRenderer: {
    ...common,
    entryPoints: ['webview/htmlRenderer.ts'],
    outfile: 'dist/webview/htmlRenderer.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    // Inlined into exported HTML pages, which must work offline as one file.
    sourcemap: false,
    legalComments: 'eof',
  },
  cli: {
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __ARCHLENS_VERSION__: JSON.stringify(version) },
  },
  tests: {
    ...common,
    entryPoints: findFiles('test/unit', '.test.ts'),
    outdir: 'out/test',
    outbase: 'test/unit',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['playwright-core'],
    define: { __ARCHLENS_VERSION__: JSON.stringify(version) },
  },
  tools: {
    ...common,
    entryPoints: ['test/tools/generateRuleDocs.ts'],
    outdir: 'out/tools',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: false,
  },
  bench: {
    ...common,
    entryPoints: ['test/bench/bench.ts'],
    outfile: 'out/bench/bench.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: false,
    sourcemap: false,
  },
};

const selected = Object.entries(targets).filter(([name]) => (only ? only.includes(name) : !['tests', 'bench', 'tools'].includes(name)));
if (selected.some(([name]) => name === 'tests')) rmSync('out/test', { recursive: true, force: true });

if (watch) {
  for (const [name, options] of selected) {
    const context = await esbuild.context(options);
    await context.watch();
    console.log(`watching ${name}`);
  }
} else {
  const started = Date.now();
  await Promise.all(selected.map(([, options]) => esbuild.build(options)));
  console.log(`built ${selected.map(([name]) => name).join(', ')} in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}
