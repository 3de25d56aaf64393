import { securityGroupOpenAdminPort } from '../../../src/core/rules/networking/AL503-security-group-open-admin-port';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(securityGroupOpenAdminPort, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-condition.yaml' }, { file: 'good-load-balancer.yaml' }],
  invalid: [
    {
      file: 'bad.yaml',
      errors: [
        {
          messageId: 'openAdmin',
          line: 17,
          column: 19,
          endLine: 17,
          endColumn: 28,
          resourceId: 'WebServerSecurityGroup',
          data: { group: 'WebServerSecurityGroup', ports: 'SSH (22)', cidr: '0.0.0.0/0' },
        },
      ],
    },
    { file: 'bad.json', errors: [{ messageId: 'openAdmin', line: 11, column: 97, endLine: 11, endColumn: 108 }] },
    // A standalone AWS::EC2::SecurityGroupIngress, IPv6, long-form GetAtt.
    {
      file: 'bad-standalone.yaml',
      errors: [{ messageId: 'openAdmin', line: 21, column: 17, endLine: 21, endColumn: 23, resourceId: 'RdpFromAnywhere', data: { group: 'WindowsSecurityGroup', ports: 'RDP (3389)', cidr: '::/0' } }],
    },
    // The parameter Default (0.0.0.0/0) decides; a parameter without Default does not fire.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'openAdmin', line: 26, column: 19, endLine: 26, endColumn: 35 }] },
    {
      file: 'bad-range.yaml',
      errors: [
        { messageId: 'openAdmin', line: 16, column: 19, endLine: 16, endColumn: 28, data: { group: 'LegacySecurityGroup', ports: 'SSH (22)', cidr: '0.0.0.0/0' } },
        { messageId: 'openAdmin', line: 20, column: 21, endLine: 20, endColumn: 25, data: { group: 'LegacySecurityGroup', ports: 'RDP (3389)', cidr: '::/0' } },
      ],
    },
  ],
});
