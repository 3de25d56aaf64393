import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { usedIconNames } from '../../../src/core/diagram/serviceCatalog';

test('the bundled icon subset holds exactly the icons the diagram uses (regenerate: node media/icons/build-icon-subset.mjs)', () => {
  const subset = JSON.parse(readFileSync(resolve(process.cwd(), 'media/icons/aws-icons.json'), 'utf8'));
  assert.equal(subset.prefix, 'logos');
  assert.deepEqual(Object.keys(subset.icons).sort(), usedIconNames());
  for (const [name, icon] of Object.entries(subset.icons)) assert.ok((icon as { body?: string }).body, `${name} has a body`);
});
