import { apigatewayDomainCertificateMismatch } from '../../../src/core/rules/security/AL603-apigateway-domain-certificate-mismatch';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(apigatewayDomainCertificateMismatch, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-condition.yaml' }],
  invalid: [
    // No EndpointConfiguration: EDGE by default. The fix renames the key and keeps the comment.
    {
      file: 'bad.yaml',
      errors: [{ messageId: 'defaultEdgeWithRegional', line: 13, column: 31, endLine: 13, endColumn: 53, resourceId: 'ApiDomain', data: { resource: 'ApiDomain' } }],
    },
    { file: 'bad.json', errors: [{ messageId: 'defaultEdgeWithRegional', line: 15, column: 35, endLine: 15, endColumn: 65, resourceId: 'ApiDomain' }] },
    // REGIONAL with CertificateArn; quoted key and long-form Ref in block style.
    { file: 'bad-regional.yaml', errors: [{ messageId: 'regionalWithEdge', line: 17, column: 9, endLine: 17, endColumn: 28, resourceId: 'ApiDomain' }] },
    // Both properties set: the fix removes the stray one.
    {
      file: 'bad-both.yaml',
      errors: [{ messageId: 'edgeWithRegional', line: 15, column: 31, endLine: 15, endColumn: 58, resourceId: 'ApiDomain', data: { resource: 'ApiDomain' } }],
    },
    // Types from a parameter Default; the parameter without Default is unknown.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'regionalWithEdge', line: 20, column: 23, endLine: 20, endColumn: 42, resourceId: 'ApiDomain' }] },
  ],
});
