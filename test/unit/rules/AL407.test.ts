import { eventSourcePermissionMissing } from '../../../src/core/rules/messaging/AL407-event-source-permission-missing';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(eventSourcePermissionMissing, {
  valid: [
    { file: 'good.yaml' },
    { file: 'good.json' },
    { file: 'good.sam.yaml' }, // SAM S3 and Schedule events add their own permissions
    { file: 'good-queue.yaml' },
    { file: 'good-events.yaml' },
  ],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 's3Lambda', line: 15, column: 23, endLine: 15, endColumn: 48, resourceId: 'Uploads', data: { sender: 'Uploads', target: 'MakeThumbnail' } }] },
    { file: 'bad.json', errors: [{ messageId: 's3Lambda', line: 13, column: 27, endLine: 13, endColumn: 69 }] },
    { file: 'bad.sam.yaml', errors: [{ messageId: 's3Lambda', line: 11, column: 23, endLine: 11, endColumn: 48, resourceId: 'Uploads' }] },
    { file: 'bad-queue.yaml', errors: [{ messageId: 's3Queue', line: 18, column: 20, endLine: 18, endColumn: 44, data: { sender: 'Ingest', target: 'IngestEvents' } }] },
    { file: 'bad-topic.yaml', errors: [{ messageId: 's3Topic', line: 10, column: 20, endLine: 10, endColumn: 36, data: { sender: 'Reports', target: 'ReportReady' } }] },
    // The only events.amazonaws.com permission is scoped to the other rule.
    { file: 'bad-events.yaml', errors: [{ messageId: 'eventsLambda', line: 10, column: 16, endLine: 10, endColumn: 35, resourceId: 'NightlyCleanup', data: { sender: 'NightlyCleanup', target: 'Cleanup' } }] },
  ],
});
