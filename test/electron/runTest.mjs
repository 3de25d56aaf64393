#!/usr/bin/env node
// Runs the same API suite as test/e2e (test/e2e/suite/index.js) in desktop VS Code via
// @vscode/test-electron. It downloads VS Code from Microsoft's servers, which are NOT
// reachable on our dev/CI machines: there, use `node test/e2e/run.mjs` (code-server).
// Kept for developers with normal network access. Needs `npm run build` first.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

try {
  await runTests({
    version: process.env.VSCODE_TEST_VERSION || '1.99.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'test/e2e/suite/index.js'),
    extensionTestsEnv: { ARCHLENS_REPO_ROOT: repoRoot },
    launchArgs: [
      path.join(repoRoot, 'test/e2e/workspace'),
      '--disable-workspace-trust', // else Restricted Mode keeps ArchLens from activating
      '--disable-extensions', // other installed extensions stay out of the way
    ],
  });
} catch (e) {
  console.error(`Electron tests failed: ${e.message || e}`);
  process.exit(1);
}
