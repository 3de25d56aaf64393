'use strict';
// Scaffolding: New Template from Pattern writes a lint-clean file; Add Pattern merges as one undoable edit.
const assert = require('assert');
const vscode = require('vscode');
const { test, waitFor, holdsFor } = require('./harness');
const { activeArchlens, archlensDiagnostics, fixtureUri } = require('./util');

test('New Template from Pattern writes a template with no diagnostics', async () => {
  await activeArchlens();
  const target = fixtureUri('generated/static-site.yaml');
  await vscode.commands.executeCommand('archlens.newFromPattern', { pattern: 'static-site', format: 'yaml', target, overwrite: true, openDiagram: false });
  const editor = await waitFor(
    () => vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString() === target.toString() && vscode.window.activeTextEditor,
    { what: 'the new template to open' },
  );
  assert.match(editor.document.getText(), /AWS::CloudFront::OriginAccessControl/);
  const onDisk = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
  assert.strictEqual(onDisk, editor.document.getText());
  await holdsFor(() => archlensDiagnostics(target).length === 0, 2_500, {
    describe: () => archlensDiagnostics(target).map((d) => d.message).join('; '),
  });
});

test('Add Pattern to Current Template merges as one edit that one undo reverts', async () => {
  const target = fixtureUri('generated/static-site.yaml');
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document);
  const before = document.getText();
  await vscode.commands.executeCommand('archlens.addPatternToTemplate', { pattern: 'queue-with-dlq' });
  await waitFor(() => document.getText() !== before, { what: 'the merge' });
  assert.ok(document.getText().startsWith(before.split('\nResources:')[0]), 'text before Resources is untouched');
  assert.match(document.getText(), /AWS::SQS::Queue/);
  await vscode.commands.executeCommand('undo');
  await waitFor(() => document.getText() === before, { what: 'one undo to restore the template' });
});
