import { ec2InstanceWithoutAsg } from '../../../src/core/rules/compute/AL111-ec2-instance-without-asg';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(ec2InstanceWithoutAsg, {
  valid: [
    // The same web tier in an Auto Scaling group.
    { file: 'good.yaml' },
    // HTTPS from the VPC only: not an internet-facing web tier.
    { file: 'good.json' },
    // CidrIp under Fn::If: not decided.
    { file: 'good-condition.yaml' },
  ],
  invalid: [
    // The finding underlines the instance's Type: the standalone instance is the wrong choice.
    { file: 'bad.yaml', errors: [{ messageId: 'openToWorld', line: 27, column: 11, endLine: 27, endColumn: 29, data: { resource: 'WebServer', group: 'WebSecurityGroup', port: 80 } }] },
    { file: 'bad.json', errors: [{ messageId: 'registered', line: 39, column: 15, endLine: 39, endColumn: 35, data: { resource: 'AppServer', balancer: 'AppTargets' } }] },
    // A standalone SecurityGroupIngress, ::/0, a port from a parameter Default, GroupSet on an ENI.
    { file: 'bad-ipv6.yaml', errors: [{ messageId: 'openToWorld', line: 29, column: 11, endLine: 29, endColumn: 29, data: { resource: 'SiteServer', group: 'SiteSecurityGroup', port: 443 } }] },
  ],
});
