import { lambdaEdgeRegion } from '../../../src/core/rules/compute/AL107-lambda-edge-region';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(lambdaEdgeRegion, {
  valid: [
    // A Rules assertion on AWS::Region pins the stack to us-east-1.
    { file: 'good.yaml' },
    // The certificate comes in as a parameter: it isn't created here.
    { file: 'good.json' },
    // Function and distribution exist only under a condition that requires us-east-1.
    { file: 'good.sam.yaml' },
    { file: 'good-condition.yaml' },
    // The same template as bad.yaml: the setting that names the stack's Region silences the check.
    { file: 'bad-silenced-by-setting.yaml', settings: { region: 'us-east-1' } },
  ],
  invalid: [
    // The finding underlines the Type of the resource that must be created in us-east-1.
    { file: 'bad.yaml', errors: [{ messageId: 'edgeFunction', line: 5, column: 11, endLine: 5, endColumn: 32, data: { resource: 'SecurityHeadersFunction', distribution: 'Distribution' } }] },
    { file: 'bad.json', errors: [{ messageId: 'certificate', line: 6, column: 15, endLine: 6, endColumn: 53, data: { resource: 'SiteCertificate', distribution: 'Distribution' } }] },
    { file: 'bad.sam.yaml', errors: [{ messageId: 'edgeFunction', line: 6, column: 11, endLine: 6, endColumn: 36, resourceId: 'RedirectFunction' }] },
    {
      // One finding per resource, however many associations name it.
      file: 'bad-wrong-region.yaml',
      settings: { region: 'eu-west-1' },
      errors: [
        { messageId: 'certificateWrongRegion', line: 5, column: 11, endLine: 5, endColumn: 47, data: { resource: 'SiteCertificate', distribution: 'Distribution', region: 'eu-west-1' } },
        { messageId: 'edgeFunctionWrongRegion', line: 10, column: 11, endLine: 10, endColumn: 32, data: { resource: 'RewriteFunction', distribution: 'Distribution', region: 'eu-west-1' } },
      ],
    },
  ],
});
