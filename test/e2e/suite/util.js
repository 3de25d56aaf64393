// vscode-specific helpers shared by the *.test.js files.
'use strict';

const vscode = require('vscode');

const ARCHLENS_ID = 'archlens.archlens';

/** Uri of a file in the fixture workspace (test/e2e/workspace). */
function fixtureUri(relPath) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relPath.split('/'));
}

/** Open a fixture file in an editor, as a user would. */
async function openFixture(relPath) {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relPath));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

function archlens() {
  const ext = vscode.extensions.getExtension(ARCHLENS_ID);
  if (!ext) throw new Error(`extension ${ARCHLENS_ID} is not installed`);
  return ext;
}

/** Make sure ArchLens is active (activating it if nothing has yet). */
async function activeArchlens() {
  const ext = archlens();
  if (!ext.isActive) await ext.activate();
  return ext;
}

/** Diagnostics on `uri` that ArchLens produced. */
function archlensDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => /^archlens$/i.test(d.source || ''));
}

module.exports = { ARCHLENS_ID, fixtureUri, openFixture, archlens, activeArchlens, archlensDiagnostics };
