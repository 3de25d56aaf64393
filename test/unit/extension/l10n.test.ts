import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listFiles } from '../../support/files';

const KO_BUNDLE = JSON.parse(readFileSync('l10n/bundle.l10n.ko.json', 'utf8')) as Record<string, string>;
const NLS = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
const NLS_KO = JSON.parse(readFileSync('package.nls.ko.json', 'utf8')) as Record<string, string>;

test('every vscode.l10n.t() string in the extension has a Korean translation', () => {
  const used = new Set<string>();
  for (const file of listFiles('src/extension', /\.ts$/)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(match[1].replace(/\\'/g, "'"));
  }
  assert.ok(used.size > 0);
  for (const key of used) assert.match(KO_BUNDLE[key] ?? '', /[\uAC00-\uD7A3]/, `Korean for "${key}"`);
});

test('every %key% in package.json exists in package.nls.json and package.nls.ko.json', () => {
  const manifest = readFileSync('package.json', 'utf8');
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 5);
  for (const key of keys) {
    assert.ok(NLS[key], `package.nls.json has ${key}`);
    assert.ok(NLS_KO[key], `package.nls.ko.json has ${key}`);
  }
  assert.deepEqual(Object.keys(NLS_KO).sort(), Object.keys(NLS).sort(), 'same keys in both languages');
});

test('every command is in the ArchLens category', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const command of manifest.contributes.commands) assert.equal(command.category, 'ArchLens', command.command);
  assert.ok(!manifest.activationEvents.includes('*'), 'no * activation');
});
