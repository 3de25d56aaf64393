import { cloudfrontS3OriginWithoutOac } from '../../../src/core/rules/storage/AL202-cloudfront-s3-origin-without-oac';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(cloudfrontS3OriginWithoutOac, {
  valid: [{ file: 'good-condition.yaml' }, { file: 'good-oai.yaml' }, { file: 'good-parameter.yaml' }, { file: 'good-website-endpoint.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-flow.yaml', errors: [{ messageId: 'noAccessControl', line: 12, column: 39, endLine: 12, endColumn: 64 }] },
    { file: 'bad-long-form.yaml', errors: [{ messageId: 'noAccessControl', line: 28, column: 25, endLine: 28, endColumn: 83 }] },
    { file: 'bad-public-bucket.yaml', errors: [{ messageId: 'noAccessControl', line: 27, column: 25, endLine: 27, endColumn: 56 }] },
    { file: 'bad.json', errors: [{ messageId: 'noAccessControl', line: 13, column: 29, endLine: 13, endColumn: 71 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'noAccessControl', line: 19, column: 25, endLine: 19, endColumn: 58, resourceId: 'Cdn', data: { resource: 'Cdn', origin: 'Assets' } }] },
  ],
});
