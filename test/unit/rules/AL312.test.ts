import { elasticacheWithoutFailover } from '../../../src/core/rules/database/AL312-elasticache-without-failover';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(elasticacheWithoutFailover, {
  valid: [
    { file: 'good.yaml' },
    { file: 'good.json' }, // Valkey group plus a Memcached cluster
    { file: 'good-cluster-mode.yaml' },
    { file: 'good-condition.yaml' },
    { file: 'good-primary-cluster.yaml' },
  ],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'failoverMissing', line: 11, column: 5, endLine: 11, endColumn: 15, resourceId: 'SessionCache' }] },
    { file: 'bad.json', errors: [{ messageId: 'failoverOff', line: 14, column: 37, endLine: 14, endColumn: 44, data: { group: 'Leaderboard', value: 'false' } }] },
    { file: 'bad-omitted-nodes.yaml', errors: [{ messageId: 'failoverOff', line: 9, column: 33, endLine: 9, endColumn: 38 }] },
    { file: 'bad-single-node.yaml', errors: [{ messageId: 'singleNode', line: 15, column: 25, endLine: 15, endColumn: 40, data: { group: 'SessionCache', nodes: 1 } }] },
    { file: 'bad-cache-cluster.yaml', errors: [{ messageId: 'standaloneCluster', line: 7, column: 15, endLine: 7, endColumn: 25, resourceId: 'ProductCache', data: { cluster: 'ProductCache', engine: 'Redis' } }] },
  ],
});
