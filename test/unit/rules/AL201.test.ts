import { s3PublicStaticSite } from '../../../src/core/rules/storage/AL201-s3-public-static-site';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(s3PublicStaticSite, {
  valid: [{ file: 'good-condition.yaml' }, { file: 'good-redirect.yaml' }, { file: 'good-vpce.yaml' }, { file: 'good-website-origin.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    // A public canned ACL is both a public site (AL201) and public access left open (AL204).
    { file: 'bad-acl.yaml', errors: [{ messageId: 'publicAcl', line: 12, column: 22, endLine: 12, endColumn: 39 }] },
    { file: 'bad-wildcard-action.yaml', errors: [{ messageId: 'publicPolicy', line: 14, column: 11, endLine: 14, endColumn: 20 }] },
    { file: 'bad.json', errors: [{ messageId: 'publicPolicy', line: 21, column: 15, endLine: 21, endColumn: 26 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'website', line: 8, column: 7, endLine: 8, endColumn: 27, resourceId: 'BlogBucket', data: { resource: 'BlogBucket' } }] },
  ],
});
