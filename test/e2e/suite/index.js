// Entry point of the API suite. Works both as @vscode/test-electron's extensionTestsPath
// (VS Code calls run()) and from the e2e test-driver extension inside code-server.
// Loads every *.test.js file in this folder, in alphabetical order.
'use strict';

const fs = require('fs');
const path = require('path');
const harness = require('./harness');

function writeResults(results, file = process.env.ARCHLENS_E2E_RESULTS) {
  if (!file) return;
  // Write then rename, so a poller never reads half a file.
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(results, null, 2));
  fs.renameSync(tmp, file);
}

async function run() {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) require(path.join(__dirname, f));
  // Results so far go to <file>.partial, so a crashed extension host still tells
  // the runner which tests had finished.
  const partial = process.env.ARCHLENS_E2E_RESULTS && `${process.env.ARCHLENS_E2E_RESULTS}.partial`;
  const results = await harness.runAll({
    onResult: (tests) => writeResults({ tests, metrics: {} }, partial),
  });
  results.files = files;
  writeResults(results);
  const failed = results.tests.filter((t) => !t.ok).length;
  if (failed) throw new Error(`${failed} of ${results.tests.length} API tests failed`);
}

module.exports = { run, writeResults };
