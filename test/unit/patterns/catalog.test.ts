import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLOCKS, PATTERNS } from '../../../src/core/patterns/registry';

/** The table of ../shared/spec/patterns.md, in its order. */
const SPEC_IDS = [
  'static-site', 'serverless-blog', 'welcome-email', 's3-thumbnails', 'serverless-rest-api', 'microservices-sync',
  'microservices-async', 'paid-content', 'software-updates', 'big-data-pipeline', 'three-tier-vpc', 'web-tier-improved',
  'sqs-worker-asg', 'sns-sqs-fanout', 's3-event-fanout', 'serverless-cron', 'lambda-rds-proxy', 'ecs-fargate-service',
  'dynamodb-global-table', 'ordered-streaming', 'step-functions-workflow', 'aurora-ha', 'elasticache-ha', 'api-kinesis-proxy',
];

test('the library holds the 24 patterns of patterns.md, in its order', () => {
  assert.deepEqual(PATTERNS.map((p) => p.id), SPEC_IDS);
  const spec = join(process.cwd(), '..', 'shared', 'spec', 'patterns.md');
  if (existsSync(spec)) {
    const table = [...readFileSync(spec, 'utf8').matchAll(/^\| ([a-z0-9-]+) \|/gm)].map((m) => m[1]).filter((id) => id !== 'id');
    assert.deepEqual(table, SPEC_IDS, 'the spec table and this list agree');
  }
});

test('every pattern and block is described in English and Korean, with seeds, a version and options', () => {
  const ids = new Set<string>();
  for (const pattern of [...PATTERNS, ...BLOCKS]) {
    assert.ok(!ids.has(pattern.id), `${pattern.id} is unique`);
    ids.add(pattern.id);
    assert.match(pattern.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.match(pattern.version, /^\d+\.\d+\.\d+$/);
    for (const text of [pattern.title, pattern.description, pattern.scenario]) {
      assert.ok(text.en.length > 5 && text.ko.length > 5, `${pattern.id}: en and ko text`);
      assert.match(text.ko, /[가-힣]/, `${pattern.id}: the Korean text is Korean`);
    }
    assert.ok(pattern.seeds.length > 0 && pattern.seeds.every((s) => /^00[0-4]$/.test(s)), `${pattern.id}: seeds 000–004`);
    const keys = new Set<string>();
    for (const option of pattern.options) {
      assert.ok(!keys.has(option.key), `${pattern.id}: option ${option.key} is unique`);
      keys.add(option.key);
      assert.ok(option.title.ko && option.description.ko, `${pattern.id}.${option.key}: Korean text`);
      if (option.kind === 'choice') assert.ok(option.choices.some((c) => c.value === option.default), `${pattern.id}.${option.key}: the default is a choice`);
      if (option.kind === 'toggle' && option.requires) assert.ok(pattern.options.some((o) => o.key === option.requires && o.kind === 'toggle'), `${pattern.id}.${option.key}: requires a toggle`);
    }
  }
});
