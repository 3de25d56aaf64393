#!/usr/bin/env node
// `npm run package`: builds the .vsix with vsce and fails if vsce warns about anything
// (missing LICENSE, repository, bundling advice...), so "vsce package is clean" is checked
// on every CI run. Prompts are answered "no", so a warning that asks never hangs CI.
// Usage: node scripts/package.mjs [--cwd <extension folder>] [--out <file.vsix>]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const cwd = path.resolve(option('--cwd', '.'));
const { version } = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'));
const out = path.resolve(option('--out', path.join(cwd, `archlens-${version}.vsix`)));
const vsce = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');

// Without GITHUB_ACTIONS vsce prints its own " WARNING " prefix, which is what we look for.
const env = { ...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1', FORCE_COLOR: '0' };
const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd, env, input: 'n\n', encoding: 'utf8' });
const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
process.stdout.write(output);

const warnings = output.split('\n').filter((line) => /^\s*WARNING\b/.test(line));
if (warnings.length > 0) {
  console.error(`\nvsce package must be clean, but it warned:\n${warnings.map((w) => `  ${w.trim()}`).join('\n')}`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`\nvsce package failed (exit ${result.status})`);
  process.exit(1);
}
