'use strict';
const assert = require('assert');
const { test, holdsFor } = require('./harness');
const { activeArchlens, openFixture, archlensDiagnostics } = require('./util');

// Plain YAML that is not a CloudFormation/SAM template must not get ArchLens diagnostics.
const NON_TEMPLATES = ['.github/workflows/ci.yml', 'k8s/deployment.yaml'];

test('non-template YAML gets no ArchLens diagnostics', async () => {
  await activeArchlens();
  const docs = [];
  for (const rel of NON_TEMPLATES) {
    const doc = await openFixture(rel);
    assert.strictEqual(doc.languageId, 'yaml', `${rel} should open as yaml`);
    docs.push(doc);
  }
  const offending = () =>
    docs.flatMap((d) => archlensDiagnostics(d.uri).map((x) => `${d.uri.path}: ${x.message}`));
  // Diagnostics arrive asynchronously: watch for ~3 s that none show up.
  await holdsFor(() => offending().length === 0, 3_000, {
    describe: () => `unexpected ArchLens diagnostics:\n    ${offending().join('\n    ')}`,
  });
});
