/**
 * Re-parsing only the edited block must give exactly what a full parse gives. Fixed edits
 * show when the short path is and isn't taken; a seeded property test applies random
 * edits to every YAML corpus and fixture template and compares the two parses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mapGet, nodeAt } from '../../../src/core/parse/nodes';
import { parseSource, type ParsedSource } from '../../../src/core/parse/parseTemplate';
import { reparseEdit } from '../../../src/core/parse/reparse';
import { templateFiles } from '../../support/files';
import { seededRandom } from '../../support/mutations';

// ARCHLENS_FUZZ_SEED and ARCHLENS_REPARSE_EDITS (per file) run more of the property test.
const SEED = Number(process.env.ARCHLENS_FUZZ_SEED ?? 20261122);
const EDITS_PER_FILE = Number(process.env.ARCHLENS_REPARSE_EDITS ?? 6);
const LIMITS = { maxChars: 5 * 1024 * 1024, maxNodes: 1_000_000, maxDepth: 256 };
const full = (text: string): ParsedSource => parseSource(text, { format: 'yaml' });
const reparse = (before: string, after: string) => reparseEdit(full(before), after, LIMITS);

const TEMPLATE = [
  "AWSTemplateFormatVersion: '2010-09-09'",
  'Resources:',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '    Properties:',
  '      VisibilityTimeout: 60',
  '  # the worker',
  '  Worker:',
  '    Type: AWS::Lambda::Function',
  '    Properties:',
  '      Timeout: 60',
  '      Environment: {Variables: {QUEUE: !Ref Queue}}',
  '  Table:',
  '    Type: AWS::DynamoDB::Table',
  'Outputs:',
  '  QueueUrl:',
  '    Value: !GetAtt Queue.QueueUrl',
  '',
].join('\n');

/** Asserts the short path was taken and equals the full parse. */
function assertReparsed(before: string, after: string): ParsedSource {
  const result = reparse(before, after);
  assert.ok(result, 'the edit is re-parsed on its own');
  assert.deepEqual(result, full(after));
  return result;
}

test('typing in one resource re-parses that resource only, and shares the untouched nodes before it', () => {
  const after = TEMPLATE.replace('Timeout: 60\n      Env', 'Timeout: 1500\n      Env');
  const previous = full(TEMPLATE);
  const result = reparseEdit(previous, after, LIMITS);
  assert.ok(result);
  assert.deepEqual(result, full(after));
  const queue = (source: ParsedSource) => nodeAt(source.root, ['Resources', 'Queue']);
  assert.equal(queue(result), queue(previous), 'the resource before the edit is the same object');
  assert.equal(nodeAt(result.root, ['Resources', 'Worker', 'Properties', 'Timeout'])?.span.start, after.indexOf('1500'));
  assert.equal(nodeAt(result.root, ['Outputs', 'QueueUrl', 'Value'])?.span.start, after.indexOf('!GetAtt Queue.QueueUrl'));
});

test('edits that stay inside a block are re-parsed: new lines, deletions, comments, a changed tag', () => {
  assertReparsed(TEMPLATE, TEMPLATE.replace('      Timeout: 60\n', '      Timeout: 60\n      MemorySize: 512\n'));
  assertReparsed(TEMPLATE, TEMPLATE.replace('      VisibilityTimeout: 60\n', ''));
  assertReparsed(TEMPLATE, TEMPLATE.replace('  # the worker\n', '  # the worker, which reads the queue\n'));
  assertReparsed(TEMPLATE, TEMPLATE.replace('!Ref Queue}', '!GetAtt Queue.Arn}'));
  // The last resource before Outputs: its block ends at `Outputs:`, so Resources is re-parsed.
  assertReparsed(TEMPLATE, TEMPLATE.replace('DynamoDB::Table', 'DynamoDB::GlobalTable'));
  // The last block of the file.
  assertReparsed(TEMPLATE, TEMPLATE.replace('Queue.QueueUrl\n', 'Queue.Arn\n    Export: {Name: q}\n'));
});

test('a new or renamed resource re-parses the whole Resources section', () => {
  assertReparsed(TEMPLATE, TEMPLATE.replace('  Worker:\n', '  Extra:\n    Type: AWS::SNS::Topic\n  Worker:\n'));
  assertReparsed(TEMPLATE, TEMPLATE.replace('  Worker:', '  Worker2:'));
  assertReparsed(TEMPLATE, TEMPLATE.replace('  Table:\n    Type: AWS::DynamoDB::Table\n', ''));
});

test('edits that change the shape around a block fall back to a full parse', () => {
  const fallsBack = (after: string, why: string) => assert.equal(reparse(TEMPLATE, after), undefined, why);
  fallsBack(TEMPLATE.replace('Resources:', 'Resourcez:'), 'a renamed top-level key');
  fallsBack(TEMPLATE.replace('Outputs:\n', 'Outputs:\nConditions: {}\n'), 'a new top-level key');
  fallsBack(TEMPLATE.replace('      Timeout: 60\n', 'Timeout: 60\n'), 'a line dedented out of its block');
  fallsBack(TEMPLATE.replace('      Timeout: 60\n', '      Timeout: "60\n'), 'a syntax error');
  fallsBack(TEMPLATE.replace('      Timeout: 60\n', '      Timeout: 60\n      Timeout: 61\n'), 'a duplicate key');
  fallsBack(TEMPLATE.replace('      Timeout: 60\n', '      Timeout: &t 60\n'), 'an anchor');
  fallsBack(TEMPLATE.replace("AWSTemplateFormatVersion: '2010-09-09'", '# header'), 'an edit across two top-level entries');
  assert.equal(reparseEdit(full('Resources:\n  A: {Type: X}\n  A: {Type: Y}\n'), 'Resources:\n  A: {Type: X}\n  A: {Type: Z}\n', LIMITS), undefined, 'earlier problems');
  const json = '{"Resources": {"A": {"Type": "X"}}}';
  assert.equal(reparseEdit(parseSource(json, { format: 'json' }), json.replace('"X"', '"Y"'), LIMITS), undefined, 'JSON');
});

test('parseSource with the previous parse returns the same result either way, problems included', () => {
  const previous = full(TEMPLATE);
  for (const after of [TEMPLATE.replace('Timeout: 60\n      Env', 'Timeout: 90\n      Env'), TEMPLATE.replace('Timeout: 60\n', 'Timeout: [60\n')]) {
    assert.deepEqual(parseSource(after, { format: 'yaml', previous }), full(after));
  }
  assert.ok(full(TEMPLATE.replace('Timeout: 60\n', 'Timeout: [60\n')).problems.length > 0, 'the broken edit has problems to compare');
});

/** Pieces of YAML syntax that most often change what text means. */
const TOKENS = ['1', 'a', 'Ab', ' ', '  ', '\n', '\n    ', '\n  ', '\n      X: 1', ':', ': ', '#', ' # c', '"', "'", '-', '- ', '{', '}', '[', ']', ',', '!Ref ', '!GetAtt a.b', '!Sub ', '!Nope ', '|', '>-', '\t', '&a ', '*a', '? ', '\r\n', '---', '...', '%', '\\', 'é', '\u{1F600}'];

function randomEdit(text: string, random: () => number): { text: string; what: string } {
  const at = Math.floor(random() * (text.length + 1));
  let removed = random() < 0.5 ? 0 : 1 + Math.floor(random() * 6);
  let inserted = random() < 0.25 ? '' : TOKENS[Math.floor(random() * TOKENS.length)];
  if (random() < 0.2) {
    // Whole lines: cut some, or paste lines copied from elsewhere in the file.
    const lines = text.split('\n');
    const from = Math.floor(random() * lines.length);
    const copied = lines.slice(from, from + 1 + Math.floor(random() * 4)).join('\n') + '\n';
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (random() < 0.5) [removed, inserted] = [Math.max(0, text.indexOf('\n', at) + 1 - lineStart), ''];
    else [removed, inserted] = [0, copied];
    return splice(text, lineStart, removed, inserted);
  }
  return splice(text, at, removed, inserted);
}

function splice(text: string, at: number, removed: number, inserted: string): { text: string; what: string } {
  const what = `at ${at} replace ${JSON.stringify(text.slice(at, at + removed))} with ${JSON.stringify(inserted)}`;
  return { text: text.slice(0, at) + inserted + text.slice(at + removed), what };
}

test('property: on random edits of every YAML template, the block re-parse equals the full parse', () => {
  const files = templateFiles().filter((file) => /\.(ya?ml|template)$/i.test(file));
  const random = seededRandom(SEED);
  let cases = 0;
  let reparsed = 0;
  for (const file of files) {
    const original = readFileSync(file, 'utf8');
    if (original.trimStart().startsWith('{')) continue;
    // Edits in a row, each starting from the previous result as typing does; a broken
    // result (which is never re-parsed) starts over from the file.
    const clean = full(original);
    let previous = clean;
    for (let step = 0; step < EDITS_PER_FILE; step++) {
      const { text, what } = randomEdit(previous.text, random);
      const expected = full(text);
      const result = reparseEdit(previous, text, LIMITS);
      cases++;
      if (result) {
        reparsed++;
        assert.deepEqual(result, expected, `${file}, edit ${step} ${what}`);
      }
      previous = expected.problems.length > 0 ? clean : (result ?? expected);
    }
  }
  assert.ok(cases >= files.length * EDITS_PER_FILE * 0.9, `${cases} edits`);
  // Most single edits in a clean template stay inside one block; make sure the path is exercised.
  assert.ok(reparsed > cases / 4, `${reparsed} of ${cases} edits took the short path`);
  console.log(`reparse property: ${reparsed} of ${cases} random edits re-parsed one block, all equal to the full parse`);
});

test('an untouched resource keeps its spans when an earlier resource grows', () => {
  const after = TEMPLATE.replace('VisibilityTimeout: 60', 'VisibilityTimeout: 600');
  const result = assertReparsed(TEMPLATE, after);
  const table = mapGet(mapGet(result.root, 'Resources'), 'Table');
  assert.equal(table?.span.start, after.indexOf('Type: AWS::DynamoDB::Table'));
});
