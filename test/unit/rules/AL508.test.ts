import { dbSubnetGroupSingleAz } from '../../../src/core/rules/networking/AL508-db-subnet-group-single-az';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(dbSubnetGroupSingleAz, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-mixed.yaml' }],
  invalid: [
    {
      file: 'bad.yaml',
      errors: [
        {
          messageId: 'oneSubnet',
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 16,
          resourceId: 'DatabaseSubnetGroup',
          data: { type: 'AWS::RDS::DBSubnetGroup', resource: 'DatabaseSubnetGroup' },
        },
      ],
    },
    { file: 'bad.json', errors: [{ messageId: 'oneSubnet', line: 8, column: 70, endLine: 8, endColumn: 81 }] },
    // Literal zone names, block and flow lists, short and long Ref.
    {
      file: 'bad-same-az.yaml',
      errors: [
        { messageId: 'sameAz', line: 24, column: 7, endLine: 24, endColumn: 16, resourceId: 'DatabaseSubnetGroup', data: { type: 'AWS::RDS::DBSubnetGroup', resource: 'DatabaseSubnetGroup', count: 2, az: 'us-east-1a' } },
        { messageId: 'sameAz', line: 29, column: 7, endLine: 29, endColumn: 16, resourceId: 'CacheSubnetGroup', data: { type: 'AWS::ElastiCache::SubnetGroup', resource: 'CacheSubnetGroup', count: 2, az: 'us-east-1a' } },
      ],
    },
    // A list parameter's Default with one subnet fires; the one without Default does not.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'oneSubnet', line: 14, column: 18, endLine: 14, endColumn: 38, resourceId: 'DatabaseSubnetGroup' }] },
  ],
});
