import { cloudfrontSignedUrlWithoutKeyGroup } from '../../../src/core/rules/storage/AL207-cloudfront-signed-url-without-key-group';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(cloudfrontSignedUrlWithoutKeyGroup, {
  valid: [{ file: 'good-public-path.yaml' }, { file: 'good-trusted-signers.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-oai.yaml', errors: [{ messageId: 'unsignedPaidPath', line: 41, column: 26, endLine: 41, endColumn: 35 }] },
    { file: 'bad.json', errors: [{ messageId: 'unsignedPaidPath', line: 70, column: 30, endLine: 70, endColumn: 42 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'unsignedPaidPath', line: 49, column: 26, endLine: 49, endColumn: 36, resourceId: 'Cdn', data: { resource: 'Cdn', pathPattern: '/premium/*', origin: 'Videos' } }] },
  ],
});
