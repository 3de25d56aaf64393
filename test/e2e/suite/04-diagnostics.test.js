'use strict';
// Checks in the Problems view, lessons on hover, quick fixes and the Korean UI, through
// the real vscode API (the same calls the editor makes for the light bulb and hover).
const assert = require('assert');
const vscode = require('vscode');
const { test, waitFor, holdsFor, metric } = require('./harness');
const { activeArchlens, archlensDiagnostics, openFixture } = require('./util');

const AL101_MESSAGE = "Function 'ReportJob' has Timeout 1500 s; Lambda stops every invocation at 900 s (15 minutes).";
const codeOf = (d) => (typeof d.code === 'object' ? d.code.value : d.code);
const al101 = (uri) => archlensDiagnostics(uri).find((d) => codeOf(d) === 'AL101');

test('a bad template shows AL101 with its docs link, exact range and message', async () => {
  await activeArchlens();
  const start = Date.now();
  const doc = await openFixture('bad-template.yaml');
  const diagnostic = await waitFor(() => al101(doc.uri), { timeout: 15_000, what: 'AL101 on bad-template.yaml' });
  metric('firstDiagnosticsMs', Date.now() - start);
  assert.strictEqual(diagnostic.source, 'ArchLens');
  assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
  assert.strictEqual(diagnostic.message, AL101_MESSAGE);
  assert.deepStrictEqual(diagnostic.code.target.toString(), 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html');
  // Timeout: 1500 on line 11 (0-based 10), columns 15..19.
  assert.deepStrictEqual(
    [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character],
    [10, 15, 10, 19],
  );
});

test('hovering the flagged value teaches the lesson', async () => {
  const doc = await openFixture('bad-template.yaml');
  const diagnostic = await waitFor(() => al101(doc.uri), { what: 'AL101' });
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, diagnostic.range.start.translate(0, 1));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /`AL101` `lambda-timeout-limit`/);
  assert.match(text, /\*\*Why it matters\.\*\* A Lambda invocation can run for at most 15 minutes/);
  assert.match(text, /\*\*From the study notes\.\*\* The wrong-answer note: a 25-minute job/);
  assert.match(text, /\*\*The right answer\.\*\*/);
  assert.match(text, /\(https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/configuration-timeout\.html\)/);
});

test('the quick fix removes the finding, keeps the comment, and undo brings it back', async () => {
  const doc = await openFixture('bad-template.yaml');
  const original = doc.getText();
  const diagnostic = await waitFor(() => al101(doc.uri), { what: 'AL101' });
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes('Ignore AL101 for ReportJob'), titles.join(' | '));
  const fix = actions.find((a) => a.title === 'Set Timeout to 900 seconds');
  assert.ok(fix, titles.join(' | '));
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  await waitFor(() => !al101(doc.uri), { timeout: 10_000, what: 'AL101 to disappear after the fix' });
  assert.strictEqual(doc.getText(), original.replace('Timeout: 1500', 'Timeout: 900'));
  assert.match(doc.getText(), /# the job takes 25 minutes/);
  assert.deepStrictEqual(archlensDiagnostics(doc.uri).map(codeOf), [], 'no new finding');
  await vscode.commands.executeCommand('undo');
  await waitFor(() => doc.getText() === original, { what: 'undo to restore the text' });
  await waitFor(() => al101(doc.uri), { timeout: 10_000, what: 'AL101 to come back after undo' });
});

test('archlens.language = ko shows the message in Korean', async () => {
  const doc = await openFixture('bad-template.yaml');
  const config = vscode.workspace.getConfiguration('archlens');
  await config.update('language', 'ko', vscode.ConfigurationTarget.Global);
  try {
    await waitFor(() => al101(doc.uri) && al101(doc.uri).message.startsWith("함수 'ReportJob'의 Timeout이 1500초입니다"), {
      timeout: 10_000,
      what: 'the Korean message',
    });
  } finally {
    await config.update('language', undefined, vscode.ConfigurationTarget.Global);
  }
  await waitFor(() => al101(doc.uri) && al101(doc.uri).message === AL101_MESSAGE, { what: 'English again' });
});

test('untitled documents are checked, edits never leave stale diagnostics, closing clears them', async () => {
  const content = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      DBInstanceClass: db.t3.micro\n      AllocatedStorage: '20'\n      ManageMasterUserPassword: true\n      MasterUsername: admin\n      StorageEncrypted: true\n      MultiAZ: false\n";
  const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content });
  await vscode.window.showTextDocument(doc);
  const codes = () => archlensDiagnostics(doc.uri).map(codeOf).sort();
  await waitFor(() => codes().includes('AL301'), { timeout: 10_000, what: 'AL301 on the untitled template' });

  const editor = vscode.window.activeTextEditor;
  const line = doc.lineAt(11);
  await editor.edit((e) => e.replace(line.range, '      MultiAZ: true'));
  await waitFor(() => !codes().includes('AL301'), { timeout: 5_000, what: 'AL301 to go once fixed' });

  await editor.edit((e) => e.insert(doc.lineAt(11).range.end, '\n    Bad: [unclosed'));
  await waitFor(() => archlensDiagnostics(doc.uri).some((d) => d.severity === vscode.DiagnosticSeverity.Error && /^(syntax|AL001)$/.test(String(codeOf(d)))), {
    timeout: 5_000,
    what: 'a syntax error diagnostic',
  });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor(() => archlensDiagnostics(doc.uri).length === 0, { timeout: 5_000, what: 'diagnostics cleared on close' });
});

test('a correct template stays clean', async () => {
  const doc = await openFixture('template.yaml');
  await holdsFor(() => archlensDiagnostics(doc.uri).length === 0, 2_500, {
    describe: () => `unexpected: ${archlensDiagnostics(doc.uri).map((d) => `${codeOf(d)} ${d.message}`).join('; ')}`,
  });
});
