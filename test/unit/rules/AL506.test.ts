import { s3ThroughNatWithoutEndpoint } from '../../../src/core/rules/networking/AL506-s3-through-nat-without-endpoint';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(s3ThroughNatWithoutEndpoint, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-unknown-endpoint.yaml' }],
  invalid: [
    {
      file: 'bad.yaml',
      errors: [
        {
          messageId: 'viaNat',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 6,
          resourceId: 'Vpc',
          data: { vpc: 'Vpc', workloads: "'ReportFunction' (AWS::Lambda::Function)", nats: "'NatGatewayA', 'NatGatewayB'" },
        },
      ],
    },
    { file: 'bad.json', errors: [{ messageId: 'viaNat', line: 6, column: 5, endLine: 6, endColumn: 10, resourceId: 'Vpc' }] },
    // VpcConfig from Globals.Function, S3 access from a SAM policy template.
    {
      file: 'bad.sam.yaml',
      errors: [
        {
          messageId: 'viaNat',
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 6,
          data: { vpc: 'Vpc', workloads: "'ThumbnailFunction' (AWS::Serverless::Function)", nats: "'NatGatewayA', 'NatGatewayB'" },
        },
      ],
    },
    // An Auto Scaling group whose launch template's instance profile has AmazonS3ReadOnlyAccess.
    {
      file: 'bad-asg.yaml',
      errors: [
        {
          messageId: 'viaNat',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
          data: { vpc: 'Vpc', workloads: "'AppGroup' (AWS::AutoScaling::AutoScalingGroup)", nats: "'NatGatewayA', 'NatGatewayB'" },
        },
      ],
    },
  ],
});
