import { natGatewaySingleAz } from '../../../src/core/rules/networking/AL502-nat-gateway-single-az';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(natGatewaySingleAz, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-unknown-az.yaml' }, { file: 'good-regional.yaml' }],
  invalid: [
    {
      file: 'bad.yaml',
      errors: [
        {
          messageId: 'shared',
          line: 67,
          column: 3,
          endLine: 67,
          endColumn: 13,
          resourceId: 'NatGateway',
          data: { resource: 'NatGateway', azCount: 2, azs: 'AZ #0, AZ #1', subnets: 'PrivateSubnetA, PrivateSubnetB' },
        },
      ],
    },
    { file: 'bad.json', errors: [{ messageId: 'shared', line: 73, column: 5, endLine: 73, endColumn: 17, resourceId: 'NatGateway' }] },
    // Two route tables, both through the NAT gateway of us-east-1a (literal zone names).
    { file: 'bad-two-tables.yaml', errors: [{ messageId: 'shared', line: 72, column: 3, endLine: 72, endColumn: 14, resourceId: 'NatGatewayA' }] },
  ],
});
