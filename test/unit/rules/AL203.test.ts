import { s3OriginBucketPolicyNotRestricted } from '../../../src/core/rules/storage/AL203-s3-origin-bucket-policy-not-restricted';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(s3OriginBucketPolicyNotRestricted, {
  valid: [{ file: 'good-oai.yaml' }, { file: 'good-sub-name.yaml' }, { file: 'good-unlinked-policy.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-oai.yaml', errors: [{ messageId: 'noOaiGrant', line: 20, column: 9, endLine: 20, endColumn: 18 }] },
    { file: 'bad-public.yaml', errors: [{ messageId: 'publicToo', line: 33, column: 24, endLine: 33, endColumn: 27 }] },
    { file: 'bad-sub-name.yaml', errors: [{ messageId: 'noServiceGrant', line: 17, column: 9, endLine: 17, endColumn: 18 }] },
    { file: 'bad-unscoped.yaml', errors: [{ messageId: 'unscopedService', line: 21, column: 13, endLine: 21, endColumn: 22 }] },
    { file: 'bad.json', errors: [{ messageId: 'noServiceGrant', line: 12, column: 11, endLine: 12, endColumn: 22 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'missingPolicy', line: 4, column: 3, endLine: 4, endColumn: 10, resourceId: 'Content', data: { resource: 'Content', via: 'Origin Access Control' } }] },
  ],
});
