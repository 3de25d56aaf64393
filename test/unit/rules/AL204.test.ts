import { s3BlockPublicAccessDisabled } from '../../../src/core/rules/storage/AL204-s3-block-public-access-disabled';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(s3BlockPublicAccessDisabled, {
  valid: [{ file: 'good-cloudfront-origin.yaml' }, { file: 'good-condition.yaml' }, { file: 'good-log-delivery.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    // A public canned ACL is both public access left open (AL204) and a public site (AL201).
    { file: 'bad-acl.yaml', errors: [{ messageId: 'publicAcl', line: 7, column: 22, endLine: 7, endColumn: 32 }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'flagsOff', line: 12, column: 58, endLine: 12, endColumn: 74 }] },
    { file: 'bad.json', errors: [{ messageId: 'flagsOff', line: 9, column: 30, endLine: 9, endColumn: 35 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'flagsOff', line: 9, column: 28, endLine: 9, endColumn: 33, resourceId: 'Exports', data: { resource: 'Exports', flags: 'BlockPublicPolicy, RestrictPublicBuckets' } }] },
  ],
});
