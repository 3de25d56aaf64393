import { apiWithoutAuthorization } from '../../../src/core/rules/security/AL601-api-without-authorization';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(apiWithoutAuthorization, {
  valid: [{ file: 'good.yaml' }, { file: 'good.json' }, { file: 'good.sam.yaml' }, { file: 'good-private.yaml' }],
  invalid: [
    // The OPTIONS preflight stays open without a finding.
    { file: 'bad.yaml', errors: [{ messageId: 'methodOpen', line: 49, column: 26, endLine: 49, endColumn: 30, resourceId: 'ListTodos', data: { resource: 'ListTodos', method: 'GET', authorization: 'NONE' } }] },
    { file: 'bad.json', errors: [{ messageId: 'methodOpen', line: 63, column: 30, endLine: 63, endColumn: 36, resourceId: 'ListTodos' }] },
    // A missing AuthorizationType is NONE: the finding points at Properties.
    {
      file: 'bad-missing.yaml',
      errors: [
        { messageId: 'methodOpen', line: 44, column: 5, endLine: 44, endColumn: 15, resourceId: 'ListTodos', data: { resource: 'ListTodos', method: 'GET', authorization: 'NONE' } },
        { messageId: 'routeOpen', line: 73, column: 5, endLine: 73, endColumn: 15, resourceId: 'ListRoute', data: { resource: 'ListRoute', method: 'GET /todos', api: 'HttpApi', authorization: 'NONE' } },
      ],
    },
    // Default NONE fires; a parameter without Default is unknown.
    { file: 'bad-parameter.yaml', errors: [{ messageId: 'methodOpen', line: 56, column: 26, endLine: 56, endColumn: 39, resourceId: 'ListTodos' }] },
    {
      file: 'bad.sam.yaml',
      errors: [
        { messageId: 'eventOpen', line: 14, column: 9, endLine: 14, endColumn: 18, resourceId: 'ListTodosFunction', data: { resource: 'ListTodosFunction', event: 'ListTodos', type: 'Api', method: 'GET /todos' } },
        { messageId: 'eventAuthOff', line: 51, column: 27, endLine: 51, endColumn: 31, resourceId: 'ExportTodosFunction', data: { resource: 'ExportTodosFunction', event: 'ExportTodos', type: 'HttpApi', method: 'GET /export' } },
      ],
    },
  ],
});
