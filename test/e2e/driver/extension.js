// Test-driver extension: installed next to ArchLens in code-server by test/e2e/run.mjs.
// run.mjs copies ../suite into ./suite before packaging, so the vsix is self-contained.
// It does nothing unless ARCHLENS_E2E_RESULTS is set (code-server's extension host
// inherits the server's environment).
'use strict';

const fs = require('fs');

function activate() {
  const resultsFile = process.env.ARCHLENS_E2E_RESULTS;
  if (!resultsFile) return;
  // Tells the runner the driver activated, even if the suite later hangs.
  fs.writeFileSync(`${resultsFile}.started`, JSON.stringify({ extHostUptimeMs: Math.round(process.uptime() * 1000) }));
  // Don't block activation on the suite: run it once activate() has returned.
  setTimeout(runSuite, 0, resultsFile);
}

async function runSuite(resultsFile) {
  let suite;
  try {
    suite = require('./suite/index.js');
    await suite.run(); // writes resultsFile itself
  } catch (e) {
    if (fs.existsSync(resultsFile)) return; // tests ran; failures are in the file
    // The suite could not even load or run: report that as one failed test.
    const tests = [{ name: 'API suite loads and runs', ok: false, error: (e && e.stack) || String(e), ms: 0 }];
    fs.writeFileSync(`${resultsFile}.tmp`, JSON.stringify({ tests, metrics: {} }));
    fs.renameSync(`${resultsFile}.tmp`, resultsFile);
  }
}

function deactivate() {}

module.exports = { activate, deactivate };
