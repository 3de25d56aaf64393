import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/edit/textEdit';
import { buildPattern } from '../../../src/core/patterns/generate';
import { MergeError, mergeIntoTemplate, mergeText } from '../../../src/core/patterns/merge';
import { ALL_BUILDABLE as PATTERNS, findPattern } from '../../../src/core/patterns/registry';
import { renderDocument, type PatternFormat } from '../../../src/core/patterns/render/render';
import { assertLintClean, parsePlain } from './support/checkTemplate';
import { validateTemplateAgainstSpec } from './support/awsSpec';
import { checkReferences } from './support/references';

const FORMATS: PatternFormat[] = ['yaml', 'json'];
const doc = (id: string, options = {}) => buildPattern(findPattern(id)!, options);

/**
 * The quality bar for a merged template (lint, references, and the AWS spec unless the
 * caller knows both halves already pass it: merging adds no types or properties).
 */
function assertMergedQuality(text: string, format: PatternFormat, label: string, spec = true): Record<string, unknown> {
  const template = parsePlain(text, `${label}.${format}`);
  assert.deepEqual(checkReferences(template), [], `${label}: references resolve`);
  if (spec) assert.deepEqual(validateTemplateAgainstSpec(template), [], `${label}: AWS spec`);
  assertLintClean(text, `${label}.${format}`);
  return template;
}

/** Every character of the original is still there, in order: the merge only inserts. */
function assertOnlyInserted(before: string, after: string, label: string): void {
  let at = 0;
  for (const char of before) {
    at = after.indexOf(char, at);
    assert.ok(at >= 0, `${label}: the user's text is kept`);
    at++;
  }
}

/** Physical names that must be unique in an account stay unique after merging copies. */
function assertUniquePhysicalNames(template: Record<string, unknown>, label: string): void {
  const names: string[] = [];
  for (const resource of Object.values(template.Resources as Record<string, { Properties?: Record<string, unknown> }>)) {
    const p = resource.Properties ?? {};
    for (const value of [p.BucketName, p.DBProxyName, (p.OriginAccessControlConfig as { Name?: unknown } | undefined)?.Name]) {
      if (value !== undefined) names.push(JSON.stringify(value));
    }
  }
  assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], `${label}: unique physical names`);
}

for (const format of FORMATS) {
  test(`merge into an empty ${format} document gives the pattern itself`, () => {
    for (const text of ['', '\n']) {
      const merged = mergeText(text, doc('static-site'), `t.${format}`);
      assert.equal(merged, renderDocument(doc('static-site'), format));
    }
  });

  test(`merge keeps the user's ${format} text and formatting outside the inserted text`, () => {
    const user =
      format === 'yaml'
        ? `# My stack\nAWSTemplateFormatVersion: "2010-09-09"   # keep me\nDescription: my app\nResources:\n    # the user's bucket\n    LogsBucket:\n        Type: AWS::S3::Bucket\n        Properties:\n            BucketEncryption:\n                ServerSideEncryptionConfiguration:\n                    - ServerSideEncryptionByDefault: {SSEAlgorithm: AES256}\n            PublicAccessBlockConfiguration: {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}\n# trailing comment\n`
        : `{\n    "AWSTemplateFormatVersion": "2010-09-09",\n    "Description": "my app",\n    "Resources": {\n        "LogsBucket": { "Type": "AWS::S3::Bucket", "Properties": { "PublicAccessBlockConfiguration": { "BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true } } }\n    }\n}\n`;
    const result = mergeIntoTemplate(user, doc('serverless-cron'), `t.${format}`);
    const merged = applyEdits(user, result.edits);
    assertOnlyInserted(user, merged, 'cron into user template');
    assert.ok(result.addedTransform, 'the SAM transform is added');
    const template = assertMergedQuality(merged, format, `cron-into-user-${format}`);
    assert.equal(template.Transform, 'AWS::Serverless-2016-10-31');
    assert.equal(template.Description, 'my app', 'the user keeps their description');
    assert.ok((template.Resources as Record<string, unknown>).LogsBucket);
    if (format === 'yaml') {
      assert.match(merged, /^# My stack\n/);
      assert.match(merged, /# keep me/);
      assert.match(merged, / {4}# The job itself/, 'inserted resources follow the file\'s indentation');
    } else assert.match(merged, /\n {8}"UptimeCheckFunction": \{/);
  });

  test(`merging a pattern into itself twice renames consistently (${format})`, () => {
    for (const pattern of PATTERNS) {
      const first = renderDocument(buildPattern(pattern), format);
      const second = mergeText(first, buildPattern(pattern), `t.${format}`);
      const third = mergeText(second, buildPattern(pattern), `t.${format}`);
      const label = `${pattern.id}×3 (${format})`;
      const template = assertMergedQuality(third, format, label);
      assertUniquePhysicalNames(template, label);
      const resources = Object.keys(template.Resources as object);
      const once = Object.keys(buildPattern(pattern).body.Resources as object);
      assert.equal(resources.length, once.length * 3, `${label}: three copies of every resource`);
    }
  });
}

test('collisions are renamed with one copy letter, and Ref/GetAtt/Sub/DependsOn/Condition follow', () => {
  const first = renderDocument(doc('s3-thumbnails'), 'yaml');
  const result = mergeIntoTemplate(first, doc('s3-thumbnails'), 't.yaml');
  assert.equal(result.renamed.get('UploadBucket'), 'UploadBucketB');
  assert.equal(result.renamed.get('HasSharpLayer'), 'HasSharpLayerB');
  assert.equal(result.renamed.get('SharpLayerArn'), undefined, 'an identical parameter with a default is shared');
  assert.deepEqual(result.shared.sort(), ['SharpLayerArn', 'ThumbnailWidth']);
  const merged = applyEdits(first, result.edits);
  const template = parsePlain(merged, 't.yaml') as { Resources: Record<string, { DependsOn?: unknown; Properties: Record<string, unknown> }> };
  assert.equal(template.Resources.UploadBucketB.DependsOn, 'ThumbnailInvokePermissionB');
  assert.deepEqual((template.Resources.ThumbnailFunctionB.Properties.Environment as { Variables: Record<string, unknown> }).Variables.THUMBNAIL_BUCKET, { Ref: 'ThumbnailBucketB' });
  assert.match(JSON.stringify(template.Resources.UploadBucketB.Properties.BucketName), /-uploadbucketb-/);
  assert.match(JSON.stringify(template.Resources.ThumbnailFunctionRoleB.Properties), /-uploadbucketb-\$\{StackSuffix\}\/\*/);
  assert.match(merged, /Layers: !If \[HasSharpLayerB, \[!Ref SharpLayerArn\]/);
});

test('parameters without a default are never shared: each copy asks for its own value', () => {
  const first = renderDocument(doc('welcome-email'), 'json');
  const result = mergeIntoTemplate(first, doc('welcome-email'), 't.json');
  assert.equal(result.renamed.get('SenderAddress'), 'SenderAddressB');
  const template = parsePlain(applyEdits(first, result.edits), 't.json') as { Resources: Record<string, { Properties: Record<string, unknown> }> };
  assert.deepEqual(template.Resources.SenderIdentityB.Properties.EmailIdentity, { Ref: 'SenderAddressB' });
});

test('a flow-style YAML template or a broken one is refused with a reason', () => {
  assert.throws(() => mergeIntoTemplate('{AWSTemplateFormatVersion: "2010-09-09", Resources: {}}', doc('static-site'), 't.yaml'), MergeError);
  assert.throws(() => mergeIntoTemplate('Resources:\n  X: [\n', doc('static-site'), 't.yaml'), /syntax errors/);
});

test('sections are created in CloudFormation order when the template lacks them', () => {
  const yaml = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n';
  const merged = mergeText(yaml, doc('static-site', { customDomain: true }), 't.yaml');
  assert.ok(merged.indexOf('Parameters:') < merged.indexOf('Resources:'), 'Parameters go before Resources');
  assert.ok(merged.indexOf('Outputs:') > merged.indexOf('SiteBucketPolicy:'), 'Outputs go after Resources');
  assertMergedQuality(merged, 'yaml', 'sections');
  const json = '{\n  "Resources": {}\n}\n';
  const mergedJson = mergeText(json, doc('sns-sqs-fanout'), 't.json');
  assertMergedQuality(mergedJson, 'json', 'into-empty-resources');
});

// Every pattern into every other pattern with default options, in YAML; in JSON a third
// of the pairs, rotating so every pattern is still a host and a guest (the writers differ,
// the renaming is shared).
for (const format of FORMATS) {
  PATTERNS.forEach((host, hostIndex) => {
    test(`merge every pattern into ${host.id} (${format})`, () => {
      const hostText = renderDocument(buildPattern(host), format);
      PATTERNS.forEach((guest, guestIndex) => {
        if (guest.id === host.id || (format === 'json' && (hostIndex + guestIndex) % 3 !== 0)) return;
        const merged = mergeText(hostText, buildPattern(guest), `t.${format}`);
        const template = assertMergedQuality(merged, format, `${guest.id}→${host.id}`, false);
        assertUniquePhysicalNames(template, `${guest.id}→${host.id}`);
      });
    });
  });
}
