import { daxSingleNode } from '../../../src/core/rules/database/AL313-dax-single-node';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(daxSingleNode, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good-parameter.yaml' }],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'tooFewNodes', line: 13, column: 26, endLine: 13, endColumn: 27, resourceId: 'ProductCache', data: { cluster: 'ProductCache', nodes: 1, recommended: 3 } }] },
    { file: 'bad.json', errors: [{ messageId: 'tooFewNodes', line: 12, column: 30, endLine: 12, endColumn: 33, data: { cluster: 'SessionCache', nodes: 2, recommended: 3 } }] },
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'tooFewNodes', line: 15, column: 26, endLine: 15, endColumn: 39 }] },
  ],
});
