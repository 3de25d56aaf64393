import { efsSingleAzMountTargets } from '../../../src/core/rules/storage/AL206-efs-single-az-mount-targets';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(efsSingleAzMountTargets, {
  valid: [{ file: 'good-list-parameter.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good.yaml' }],
  invalid: [
    { file: 'bad-instances.yaml', errors: [{ messageId: 'singleMountTarget', line: 18, column: 17, endLine: 18, endColumn: 33 }] },
    { file: 'bad-one-zone.yaml', errors: [{ messageId: 'oneZone', line: 20, column: 17, endLine: 20, endColumn: 29 }] },
    { file: 'bad.json', errors: [{ messageId: 'singleMountTarget', line: 44, column: 21, endLine: 44, endColumn: 48 }] },
    { file: 'bad.sam.yaml', errors: [{ messageId: 'singleMountTarget', line: 32, column: 17, endLine: 32, endColumn: 29, resourceId: 'ModelStore', data: { resource: 'ModelStore', subnet: 'SubnetA', users: 'Predict', count: 2 } }] },
    { file: 'bad.yaml', errors: [{ messageId: 'singleMountTarget', line: 37, column: 17, endLine: 37, endColumn: 36, resourceId: 'SharedFiles', data: { resource: 'SharedFiles', subnet: 'PrivateSubnetA', users: 'AppGroup', count: 2 } }] },
  ],
});
