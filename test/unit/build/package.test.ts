/**
 * `npm run package` (scripts/package.mjs) must fail on any vsce warning, so a clean
 * `vsce package` is checked on every CI run. Shown on a throwaway extension folder:
 * without a LICENSE and a repository it fails and names both; with them it packages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve('scripts/package.mjs');

function packageFolder(manifest: Record<string, unknown>, files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'archlens-package-'));
  try {
    const base = { name: 'probe', publisher: 'archlens-test', version: '0.0.1', engines: { vscode: '^1.85.0' } };
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...base, ...manifest }));
    writeFileSync(join(dir, '.vscodeignore'), '*.vsix\n');
    writeFileSync(join(dir, 'README.md'), '# Probe\n\nAn extension used by a test.\n');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const out = join(dir, 'probe.vsix');
    const result = spawnSync(process.execPath, [SCRIPT, '--cwd', dir, '--out', out], { encoding: 'utf8' });
    return { status: result.status, stderr: result.stderr, packaged: existsSync(out) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('packaging fails and names each warning when vsce warns', () => {
  const result = packageFolder({}, {});
  assert.equal(result.status, 1);
  const reported = result.stderr.slice(result.stderr.indexOf('vsce package must be clean'));
  assert.match(reported, /WARNING\s+A 'repository' field is missing/);
  assert.match(reported, /WARNING\s+LICENSE, LICENSE\.md, or LICENSE\.txt not found/);
});

test('packaging succeeds without warnings when the manifest is complete', () => {
  const result = packageFolder({ repository: { type: 'git', url: 'https://example.com/probe.git' }, license: 'MIT' }, { LICENSE: 'MIT License\n' });
  assert.equal(result.stderr.includes('WARNING'), false, result.stderr);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.packaged, true);
});
