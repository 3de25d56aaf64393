'use strict';
// Copy Mermaid and Insert Diagram into Markdown hand over exactly the Mermaid the CLI draws
// for the same template (`archlens diagram`, essentials, left to right).
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const vscode = require('vscode');
const { test, waitFor } = require('./harness');
const { activeArchlens, fixtureUri, openFixture } = require('./util');

function cliMermaid(file) {
  const root = process.env.ARCHLENS_REPO_ROOT;
  if (!root) throw new Error('ARCHLENS_REPO_ROOT is not set: the runner passes the repository root');
  // In desktop VS Code process.execPath is Electron, which runs as Node with this variable.
  const result = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'diagram', file], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (result.status !== 0) throw new Error(`archlens diagram failed: ${result.stderr}`);
  return result.stdout;
}

const block = (mermaid) => `\`\`\`mermaid\n${mermaid.endsWith('\n') ? mermaid : `${mermaid}\n`}\`\`\`\n`;

test('Insert Diagram into Markdown opens a new Markdown file with the CLI Mermaid', async () => {
  await activeArchlens();
  const template = await openFixture('three-tier.yaml');
  const expected = cliMermaid(template.uri.fsPath);
  assert.match(expected, /^flowchart LR\n/);
  await vscode.commands.executeCommand('archlens.insertDiagramIntoMarkdown');
  const markdown = await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'markdown' && vscode.window.activeTextEditor.document, {
    timeout: 10_000,
    what: 'a Markdown editor',
  });
  assert.strictEqual(markdown.isUntitled, true);
  assert.strictEqual(markdown.getText(), `# Architecture of three-tier.yaml\n\n${block(expected)}`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('Insert Diagram into Markdown writes at the cursor of a visible Markdown file, after a blank line', async () => {
  await activeArchlens();
  const template = await vscode.workspace.openTextDocument(fixtureUri('three-tier.yaml'));
  await vscode.window.showTextDocument(template, { viewColumn: vscode.ViewColumn.One, preview: false });
  const notes = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n\nOur stack' });
  const notesEditor = await vscode.window.showTextDocument(notes, { viewColumn: vscode.ViewColumn.Two, preview: false });
  const end = notes.positionAt(notes.getText().length);
  notesEditor.selection = new vscode.Selection(end, end);
  await vscode.window.showTextDocument(template, { viewColumn: vscode.ViewColumn.One });
  try {
    const expected = cliMermaid(template.uri.fsPath);
    await vscode.commands.executeCommand('archlens.insertDiagramIntoMarkdown');
    await waitFor(() => notes.getText().includes('```mermaid'), { timeout: 10_000, what: 'the Mermaid block in the notes' });
    assert.strictEqual(notes.getText(), `# Notes\n\nOur stack\n\n${block(expected)}`);
    assert.strictEqual(template.isDirty, false, 'the template itself is untouched');
  } finally {
    await vscode.window.showTextDocument(notes, { viewColumn: vscode.ViewColumn.Two });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    // Back to one editor group, as the UI checks that follow expect.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.editorLayoutSingle');
  }
});

test('Copy Mermaid puts the CLI Mermaid on the clipboard', async () => {
  await activeArchlens();
  const template = await openFixture('three-tier.yaml');
  const expected = cliMermaid(template.uri.fsPath);
  await vscode.env.clipboard.writeText('before');
  await vscode.commands.executeCommand('archlens.copyMermaid');
  await waitFor(async () => (await vscode.env.clipboard.readText()) !== 'before', { timeout: 10_000, what: 'the clipboard to change' });
  assert.strictEqual(await vscode.env.clipboard.readText(), expected);
});
