import { elbSingleAz } from '../../../src/core/rules/networking/AL501-elb-single-az';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(elbSingleAz, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-condition.yaml' }, { file: 'good-select.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'tooFewSubnets', line: 24, column: 7, endLine: 24, endColumn: 14, resourceId: 'WebAlb', data: { resource: 'WebAlb', property: 'Subnets', count: 1 } }] },
    { file: 'bad.json', errors: [{ messageId: 'tooFewSubnets', line: 18, column: 9, endLine: 18, endColumn: 18 }] },
    { file: 'bad-mappings.yaml', errors: [{ messageId: 'tooFewSubnets', line: 12, column: 7, endLine: 12, endColumn: 21 }] },
    { file: 'bad-nlb.yaml', errors: [{ messageId: 'singleSubnet', severity: 'warning', line: 14, column: 7, endLine: 14, endColumn: 21 }] },
    // The Default of a list parameter decides; a list parameter without Default is unknown.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'tooFewSubnets', line: 14, column: 16, endLine: 14, endColumn: 31, resourceId: 'WebAlb' }] },
    {
      file: 'bad-same-az.yaml',
      errors: [
        { messageId: 'sameAz', severity: 'error', line: 24, column: 7, endLine: 24, endColumn: 14, data: { resource: 'InternalAlb', property: 'Subnets', count: 2, az: 'AZ #0' } },
        { messageId: 'sameAz', severity: 'warning', line: 30, column: 7, endLine: 30, endColumn: 14, data: { resource: 'InternalNlb', property: 'Subnets', count: 2, az: 'AZ #0' } },
      ],
    },
  ],
});
