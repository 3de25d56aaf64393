import { lambdaEdgeConstraints } from '../../../src/core/rules/compute/AL106-lambda-edge-constraints';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(lambdaEdgeConstraints, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-condition.yaml' }],
  invalid: [
    {
      file: 'bad.yaml',
      errors: [
        { messageId: 'viewerTimeout', line: 15, column: 16, endLine: 15, endColumn: 18, data: { resource: 'HeaderFunction', distribution: 'Distribution', eventType: 'viewer-request', timeout: 10, max: 5 } },
        { messageId: 'environment', line: 16, column: 7, endLine: 16, endColumn: 18, data: { resource: 'HeaderFunction', distribution: 'Distribution' } },
      ],
    },
    {
      file: 'bad.json',
      errors: [
        { messageId: 'originTimeout', line: 22, column: 20, endLine: 22, endColumn: 22, resourceId: 'RouterFunction' },
        // SubnetIds from a subnet-list parameter: a VPC whatever the values.
        { messageId: 'vpcConfig', line: 23, column: 9, endLine: 23, endColumn: 20, resourceId: 'RouterFunction' },
      ],
    },
    {
      // Both come from Globals: the timeout fix overrides it on the function; Environment has no safe fix.
      file: 'bad.sam.yaml',
      errors: [
        { messageId: 'viewerTimeout', line: 12, column: 14, endLine: 12, endColumn: 16, resourceId: 'AuthAtEdge' },
        { messageId: 'environment', line: 13, column: 5, endLine: 13, endColumn: 16, resourceId: 'AuthAtEdge' },
      ],
    },
    {
      // `${Fn.Arn}:${Version.Version}` and Join ARNs; an event type the template doesn't decide allows 30 s.
      file: 'bad-arn-forms.yaml',
      errors: [
        { messageId: 'originTimeout', line: 16, column: 16, endLine: 16, endColumn: 18, resourceId: 'ResizeFunction' },
        { messageId: 'edgeTimeout', line: 30, column: 16, endLine: 30, endColumn: 18, resourceId: 'ImageFunction' },
      ],
    },
  ],
});
