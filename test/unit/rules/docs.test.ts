import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, generatedRuleDocs } from '../../support/ruleDocs';

test('docs/rules is generated from the registry and up to date (npm run docs)', () => {
  for (const [file, expected] of generatedRuleDocs()) {
    const path = join(DOCS_DIR, file);
    assert.ok(existsSync(path), `${path} exists; run npm run docs`);
    assert.equal(readFileSync(path, 'utf8'), expected, `${file} is stale; run npm run docs`);
  }
});
