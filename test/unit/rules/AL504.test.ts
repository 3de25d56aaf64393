import { securityGroupOpenDatabasePort } from '../../../src/core/rules/networking/AL504-security-group-open-database-port';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(securityGroupOpenDatabasePort, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }],
  invalid: [
    {
      file: 'bad.yaml',
      errors: [
        {
          messageId: 'openDatabase',
          line: 17,
          column: 19,
          endLine: 17,
          endColumn: 28,
          resourceId: 'DatabaseSecurityGroup',
          data: { group: 'DatabaseSecurityGroup', ports: '5432 (PostgreSQL)', cidr: '0.0.0.0/0' },
        },
      ],
    },
    { file: 'bad.json', errors: [{ messageId: 'openDatabase', line: 11, column: 101, endLine: 11, endColumn: 112 }] },
    // Protocol '6' (TCP) with string ports; the range covers two engines.
    {
      file: 'bad-range.yaml',
      errors: [{ messageId: 'openDatabase', line: 16, column: 19, endLine: 16, endColumn: 28, data: { group: 'ServicesSecurityGroup', ports: '5432 (PostgreSQL), 5439 (Redshift)', cidr: '0.0.0.0/0' } }],
    },
    // A standalone rule whose IPv6 range is a parameter Default; the one without Default is unknown.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'openDatabase', line: 24, column: 17, endLine: 24, endColumn: 33, resourceId: 'RedisFromClients' }] },
    {
      file: 'bad-all-traffic.yaml',
      errors: [
        {
          messageId: 'openAllPorts',
          line: 14,
          column: 19,
          endLine: 14,
          endColumn: 28,
          data: { group: 'MongoSecurityGroup', cidr: '0.0.0.0/0' },
        },
      ],
    },
  ],
});
