import { securityChainCidrOnDataTier } from '../../../src/core/rules/networking/AL505-security-chain-cidr-on-data-tier';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(securityChainCidrOnDataTier, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-parameter.yaml' }],
  invalid: [
    {
      file: 'bad.yaml',
      errors: [
        {
          messageId: 'cidrSource',
          line: 21,
          column: 19,
          endLine: 21,
          endColumn: 31,
          resourceId: 'DatabaseSecurityGroup',
          data: { group: 'DatabaseSecurityGroup', dataTier: "'OrdersDatabase'", cidr: '10.0.10.0/23' },
        },
      ],
    },
    { file: 'bad.json', errors: [{ messageId: 'cidrSource', line: 15, column: 101, endLine: 15, endColumn: 115 }] },
    // `Fn::GetAtt Vpc.CidrBlock` (long form, block style) is a CIDR even though its value is not in the template.
    {
      file: 'bad-vpc-cidr.yaml',
      errors: [
        {
          messageId: 'vpcCidrSource',
          line: 27,
          column: 9,
          endLine: 27,
          endColumn: 37,
          resourceId: 'RedisFromVpc',
          data: { group: 'CacheSecurityGroup', dataTier: "'SessionCache'" },
        },
      ],
    },
  ],
});
