import { sqsLambdaLongJob } from '../../../src/core/rules/compute/AL112-sqs-lambda-long-job';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(sqsLambdaLongJob, {
  valid: [
    { file: 'good.yaml' },
    { file: 'good.json' },
    // The long-running function has no SQS event source.
    { file: 'good.sam.yaml' },
    { file: 'good-parameter.yaml' },
  ],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'nearCap', line: 22, column: 16, endLine: 22, endColumn: 19, data: { resource: 'ReportWorker', queue: 'ReportJobs', timeout: 840, max: 900 } }] },
    // The queue lives in another stack (a Sub ARN) and the mapping names the function by FunctionName.
    { file: 'bad.json', errors: [{ messageId: 'nearCap', line: 12, column: 20, endLine: 12, endColumn: 23, data: { resource: 'ImportWorker', queue: 'catalog-imports', timeout: 900, max: 900 } }] },
    // A SAM SQS event; the timeout comes from Globals.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'nearCap', line: 8, column: 14, endLine: 8, endColumn: 17, data: { resource: 'EncodeFunction', queue: 'EncodeJobs', timeout: 720, max: 900 } }] },
    // The mapping names an alias; 600 s is the threshold itself.
    { file: 'bad-alias.yaml', errors: [{ messageId: 'nearCap', line: 22, column: 16, endLine: 22, endColumn: 19, resourceId: 'ReportWorker' }] },
    // The seed's 25-minute job: AL101 reports the hard limit, this check the architecture.
    { file: 'bad-over-cap.yaml', errors: [{ messageId: 'overCap', line: 22, column: 16, endLine: 22, endColumn: 20, resourceId: 'ReportWorker' }] },
  ],
});
