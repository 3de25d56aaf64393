import { subnetsSingleAz } from '../../../src/core/rules/networking/AL507-subnets-single-az';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(subnetsSingleAz, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-unknown.yaml' }, { file: 'good-condition.yaml' }],
  invalid: [
    {
      file: 'bad.yaml',
      errors: [
        {
          messageId: 'privateSameAz',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
          resourceId: 'Vpc',
          data: { vpc: 'Vpc', subnets: 'PrivateSubnetA, PrivateSubnetB', az: 'AZ #0' },
        },
      ],
    },
    { file: 'bad.json', errors: [{ messageId: 'privateSameAz', line: 5, column: 5, endLine: 5, endColumn: 10, resourceId: 'Vpc' }] },
    // One public subnet is one AZ, named or not.
    {
      file: 'bad-public.yaml',
      errors: [{ messageId: 'publicSingleSubnet', line: 4, column: 3, endLine: 4, endColumn: 6, data: { vpc: 'Vpc', subnets: 'PublicSubnetA' } }],
    },
    // Both private subnets use one parameter; its Default decides the zone.
    {
      file: 'bad-parameter.yaml',
      errors: [{ messageId: 'privateSameAz', line: 14, column: 3, endLine: 14, endColumn: 6, data: { vpc: 'Vpc', subnets: 'PrivateSubnetA, PrivateSubnetB', az: 'eu-west-1a' } }],
    },
  ],
});
