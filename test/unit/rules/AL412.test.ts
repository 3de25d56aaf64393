import { directDbWritesUnderSpikyLoad } from '../../../src/core/rules/messaging/AL412-direct-db-writes-under-spiky-load';
import { runRuleTests } from '../../support/ruleTester';

runRuleTests(directDbWritesUnderSpikyLoad, {
  valid: [
    { file: 'good.yaml' }, // API → function → SQS → Auto Scaling writers
    { file: 'good.json' }, // HTTP API → function → SQS → Fargate writers
    { file: 'good.sam.yaml' }, // API → function → SQS → function → RDS Proxy
    { file: 'good-proxy.yaml' }, // synchronous, but through RDS Proxy
  ],
  invalid: [
    { file: 'bad.yaml', errors: [{ messageId: 'directWrite', line: 55, column: 20, endLine: 55, endColumn: 53, resourceId: 'PlaceOrder', data: { function: 'PlaceOrder', api: 'OrdersApi', database: 'OrdersDb' } }] },
    // An ALB target group of type lambda, the endpoint inside a Fn::Sub.
    { file: 'bad.json', errors: [{ messageId: 'directWrite', line: 58, column: 35, endLine: 58, endColumn: 102, data: { function: 'CreateBooking', api: 'BookingTargets', database: 'BookingsDb' } }] },
    // The SAM implicit API and an Aurora cluster endpoint.
    { file: 'bad.sam.yaml', errors: [{ messageId: 'directWrite', line: 28, column: 20, endLine: 28, endColumn: 61, resourceId: 'BuyTicket', data: { function: 'BuyTicket', api: 'ServerlessRestApi', database: 'TicketsCluster' } }] },
  ],
});
