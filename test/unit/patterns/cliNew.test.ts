import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_EXISTS, runNew, type NewIo } from '../../../src/cli/commands/new';
import { ALL_BUILDABLE } from '../../../src/core/patterns/registry';
import { parsePlain } from './support/checkTemplate';

function memoryIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: NewIo = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    writeFile: async (path, data) => void (files[path] = data),
    exists: async (path) => path in files,
  };
  return { io, files, stdout: () => out.join(''), stderr: () => err.join('') };
}

test('archlens new <id> writes YAML to stdout by default', async () => {
  const m = memoryIo();
  assert.equal(await runNew(['static-site'], m.io), 0);
  assert.match(m.stdout(), /^# Private S3 static site behind CloudFront/);
  const template = parsePlain(m.stdout(), 'out.yaml');
  assert.equal((template.Metadata as { archlens: { pattern: string } }).archlens.pattern, 'static-site');
  assert.equal(m.stderr(), '');
});

test('--format json and --option key=value', async () => {
  const m = memoryIo();
  assert.equal(await runNew(['s3-thumbnails', '--format', 'json', '--option', 'notify=sqs'], m.io), 0);
  const template = JSON.parse(m.stdout());
  assert.ok(template.Resources.ThumbnailQueue, 'the option took effect');
  assert.deepEqual(template.Metadata.archlens.options, { notify: 'sqs' });
});

test('-o writes the file, picks JSON from the extension, and refuses to overwrite without --force', async () => {
  const m = memoryIo();
  assert.equal(await runNew(['sns-sqs-fanout', '-o', 'fanout.json'], m.io), 0);
  assert.doesNotThrow(() => JSON.parse(m.files['fanout.json']));
  assert.match(m.stdout(), /Wrote fanout\.json/);
  m.files['fanout.json'] = 'mine';
  assert.equal(await runNew(['sns-sqs-fanout', '-o', 'fanout.json'], m.io), EXIT_EXISTS);
  assert.equal(m.files['fanout.json'], 'mine', 'the existing file is untouched');
  assert.match(m.stderr(), /already exists; add --force/);
  assert.equal(await runNew(['sns-sqs-fanout', '-o', 'fanout.json', '--force'], m.io), 0);
  assert.notEqual(m.files['fanout.json'], 'mine');
});

test('--list names every pattern, as text and as JSON', async () => {
  const text = memoryIo();
  assert.equal(await runNew(['--list'], text.io), 0);
  for (const pattern of ALL_BUILDABLE) assert.match(text.stdout(), new RegExp(`^${pattern.id} `, 'm'));
  const json = memoryIo();
  assert.equal(await runNew(['--list', '--format', 'json'], json.io), 0);
  const list = JSON.parse(json.stdout()) as Array<{ id: string; options: unknown[] }>;
  assert.deepEqual(list.map((p) => p.id), ALL_BUILDABLE.map((p) => p.id));
  const ko = memoryIo();
  await runNew(['--list', '--lang', 'ko'], ko.io);
  assert.match(ko.stdout(), /CloudFront 뒤의 비공개 S3 정적 사이트/);
});

const usageErrors: Array<[string[], RegExp]> = [
  [[], /a pattern id is needed/],
  [['no-such-pattern'], /unknown pattern 'no-such-pattern'/],
  [['static-site', 'three-tier-vpc'], /one pattern id at a time/],
  [['static-site', '--format', 'xml'], /--format must be one of yaml, json/],
  [['static-site', '--option', 'customDomain'], /--option takes key=value/],
  [['static-site', '--option', 'nope=1'], /unknown option 'nope'/],
  [['static-site', '--option', 'customDomain=maybe'], /takes true or false/],
  [['serverless-blog', '--option', 'api=false', '--option', 'dax=true'], /'dax' needs 'api=true'/],
  [['static-site', '--bogus'], /unknown option --bogus/],
  [['--list', 'static-site'], /--list takes no pattern id/],
];
for (const [args, message] of usageErrors) {
  test(`usage error: archlens new ${args.join(' ')}`, async () => {
    const m = memoryIo();
    assert.equal(await runNew(args, m.io), 2);
    assert.match(m.stderr(), message);
    assert.equal(m.stderr().trim().split('\n').length, 1, 'one line');
    assert.match(m.stderr(), /^archlens new: /);
    assert.equal(m.stdout(), '');
  });
}
