'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { test, metric } = require('./harness');
const { activeArchlens } = require('./util');

test('every command in contributes.commands is registered', async () => {
  const ext = await activeArchlens();
  const declared = ((ext.packageJSON.contributes || {}).commands || []).map((c) => c.command);
  assert.ok(declared.length > 0, 'package.json declares no commands');
  const registered = new Set(await vscode.commands.getCommands(true));
  const missing = declared.filter((c) => !registered.has(c));
  metric('declaredCommands', declared.length);
  assert.deepStrictEqual(missing, [], `declared but not registered: ${missing.join(', ')}`);
});
