'use strict';
const assert = require('assert');
const { test, metric, waitFor } = require('./harness');
const { ARCHLENS_ID, archlens, openFixture } = require('./util');

test('ArchLens is installed and activates when template.yaml is opened', async () => {
  const ext = archlens();
  assert.strictEqual(ext.id.toLowerCase(), ARCHLENS_ID);
  const wasActive = ext.isActive; // something else (e.g. startup) may have activated it
  metric('archlensActiveBeforeOpen', wasActive);

  const start = Date.now();
  const doc = await openFixture('template.yaml');
  assert.strictEqual(doc.languageId, 'yaml');
  try {
    await waitFor(() => ext.isActive, { timeout: 20_000, what: `${ARCHLENS_ID} to activate` });
  } catch (e) {
    // Surface the activation error itself, if activate() threw.
    await ext.activate();
    throw e;
  }
  metric('activationMs', Date.now() - start);
  // activate()'s own cost (registering providers, plus the analysis of the open template).
  metric('activateFunctionMs', ext.exports && ext.exports.activationMs);
  assert.strictEqual(typeof ext.exports.activationMs, 'number');
});
