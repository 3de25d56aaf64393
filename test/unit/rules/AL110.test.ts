import { asgSingleAz } from '../../../src/core/rules/compute/AL110-asg-single-az';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(asgSingleAz, {
  valid: [
    { file: 'good.yaml' },
    // Fn::Select over Fn::GetAZs with two different indexes.
    { file: 'good.json' },
    // Two subnets in the Default; a list parameter without Default; an imported list.
    { file: 'good-parameter.yaml' },
    { file: 'good-condition.yaml' },
  ],
  invalid: [
    // A parameter typed AWS::EC2::Subnet::Id is one subnet whatever its value.
    { file: 'bad.yaml', errors: [{ messageId: 'oneSubnet', line: 26, column: 7, endLine: 26, endColumn: 24, data: { resource: 'WorkerGroup', subnet: 'WorkerSubnet' } }] },
    { file: 'bad.json', errors: [{ messageId: 'oneZone', line: 30, column: 9, endLine: 30, endColumn: 28, data: { resource: 'WebGroup', zone: 'us-east-1a' } }] },
    // The list comes from a parameter whose Default names one subnet.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'oneSubnet', line: 27, column: 26, endLine: 27, endColumn: 44, data: { resource: 'WorkerGroup', subnet: 'subnet-0a1b2c3d4e5f60718' } }] },
    // Two subnets of this template, both in `Fn::Select [0, Fn::GetAZs '']`.
    { file: 'bad-same-az.yaml', errors: [{ messageId: 'sameZone', line: 40, column: 7, endLine: 40, endColumn: 24, data: { resource: 'WorkerGroup', count: 2, subnets: 'PrivateSubnetA, PrivateSubnetB' } }] },
    // "0" and 0, GetAZs of AWS::Region and of '': the same zone twice.
    { file: 'bad-zones.json', errors: [{ messageId: 'oneZone', line: 30, column: 9, endLine: 30, endColumn: 28 }] },
  ],
});
