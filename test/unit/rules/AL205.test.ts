import { albWithoutCloudfront } from '../../../src/core/rules/storage/AL205-alb-without-cloudfront';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(albWithoutCloudfront, {
  valid: [{ file: 'good-custom-domain.yaml' }, { file: 'good-internal.yaml' }, { file: 'good.json' }, { file: 'good.yaml' }],
  invalid: [
    // Standalone instances behind the ALB also draw AL111 (ec2-instance-without-asg).
    { file: 'bad-instances.yaml', errors: [{ messageId: 'noCloudFront', line: 13, column: 3, endLine: 13, endColumn: 6 }] },
    { file: 'bad.json', errors: [{ messageId: 'noCloudFront', line: 39, column: 5, endLine: 39, endColumn: 19 }] },
    { file: 'bad.yaml', errors: [{ messageId: 'noCloudFront', line: 39, column: 3, endLine: 39, endColumn: 15, resourceId: 'LoadBalancer', data: { resource: 'LoadBalancer', targets: 'WebGroup' } }] },
  ],
});
