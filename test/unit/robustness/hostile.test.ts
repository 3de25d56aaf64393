/**
 * Hostile inputs through the real CLI (a child process each, so one input can't disturb
 * another): each gets a clear message at a position, exit 1 for a broken template or 0
 * for a clean one, never a crash (exit 2 with a stack) and never a hang (10 s cap).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const generated = mkdtempSync(join(tmpdir(), 'archlens-hostile-'));
const make = (name: string, text: string) => {
  const file = join(generated, name);
  writeFileSync(file, text);
  return file;
};

function lint(file: string) {
  const result = spawnSync(process.execPath, ['dist/cli.js', 'lint', file, '--format', 'json'], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(result.signal, null, `${file}: no hang, no crash`);
  const report = result.stdout ? JSON.parse(result.stdout) : undefined;
  const findings = (report?.files[0]?.findings ?? []) as Array<{ rule: string; name: string; message: string; range: { start: { line: number } } }>;
  return { code: result.status, stderr: result.stderr, findings };
}

const bomb = ['AWSTemplateFormatVersion: "2010-09-09"', 'x0: &x0 [a, a, a, a, a, a, a, a, a, a]'];
for (let i = 1; i < 10; i++) bomb.push(`x${i}: &x${i} [${Array(10).fill(`*x${i - 1}`).join(', ')}]`);
const unknown = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
for (let i = 0; i < 500; i++) unknown.push(`  Thing${i}:`, `    Type: Vendor::Unknown::Thing${i % 9}`);
const injection = ['AWSTemplateFormatVersion: "2010-09-09"', 'Description: "<script>alert(1)</script> --> click n0 call alert()"', 'Resources:', '  "Bad\\"]-->B<img src=x onerror=alert(1)>":', '    Type: AWS::SNS::Topic'];

const CASES: Array<{ name: string; file: string; code: number; problems: string[]; firstLine?: number; message?: RegExp }> = [
  { name: 'BOM and CRLF', file: 'test/fixtures/hostile/bom-crlf.yaml', code: 0, problems: [] },
  { name: 'tabs as indentation', file: 'test/fixtures/hostile/tabs.yaml', code: 1, problems: ['parse-syntax'], firstLine: 3, message: /Tabs are not allowed/ },
  { name: '--- multi-document YAML', file: 'test/fixtures/hostile/multi-document.yaml', code: 1, problems: ['parse-multiple-documents'], firstLine: 5 },
  { name: 'JSON with comments', file: 'test/fixtures/hostile/json-with-comments.json', code: 1, problems: ['parse-syntax'], firstLine: 2, message: /cannot contain comments/ },
  { name: 'duplicate keys', file: 'test/fixtures/hostile/duplicate-keys.yaml', code: 0, problems: ['parse-duplicate-key'], firstLine: 5 },
  { name: 'invalid UTF-8', file: 'test/fixtures/hostile/invalid-utf8.yaml', code: 0, problems: [] },
  { name: 'billion laughs', file: make('bomb.yaml', bomb.join('\n') + '\n'), code: 1, problems: ['parse-alias-budget'], message: /alias bomb/ },
  { name: '20 MB file', file: make('huge.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n' + '# padding padding padding padding\n'.repeat(620_000)), code: 1, problems: ['parse-too-large'], firstLine: 1, message: /over the 5\.0 MB limit/ },
  { name: '10,000-deep nesting', file: make('deep.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n'), code: 1, problems: ['parse-too-deep'], firstLine: 2, message: /^The file nests deeper than 512 levels; it was not analysed\.$/ },
  { name: '500 resources of unknown types', file: make('unknown.yaml', unknown.join('\n') + '\n'), code: 0, problems: [] },
  { name: 'labels built to inject Mermaid or HTML', file: make('injection.yaml', injection.join('\n') + '\n'), code: 0, problems: [] },
];

for (const c of CASES) {
  test(`hostile input: ${c.name}`, () => {
    const { code, stderr, findings } = lint(c.file);
    assert.equal(stderr, '', 'nothing on stderr');
    assert.equal(code, c.code);
    const problems = findings.filter((f) => f.rule === 'AL001');
    assert.deepEqual([...new Set(problems.map((p) => p.name))].sort(), [...c.problems].sort());
    assert.deepEqual(findings.filter((f) => f.rule !== 'AL001').map((f) => f.rule), [], 'no check fires on these');
    if (c.firstLine) assert.equal(problems[0].range.start.line, c.firstLine);
    if (c.message) assert.match(problems[0].message, c.message);
  });
}

test('the diagram of the injection template keeps the hostile text as text', () => {
  const result = spawnSync(process.execPath, ['dist/cli.js', 'diagram', join(generated, 'injection.yaml')], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(result.status, 0, result.stderr);
  assert.ok(!/<script|<img|onerror=|click n0 call/i.test(result.stdout), result.stdout);
});
