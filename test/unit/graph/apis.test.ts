import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeRows, graphOf, prop, res } from './support/graphFixtures';

test('invokes: API Gateway v1 methods, v2 integrations and OpenAPI bodies', () => {
  const { graph } = graphOf('apis.yaml');
  assert.deepEqual(edgeRows(graph, ['invokes']), [
    ['RestApi', 'invokes', 'ItemsFn', prop('ListItems', 'Integration'), 'GET /items'],
    ['RestApi', 'invokes', 'ItemFn', prop('GetItem', 'Integration'), 'GET /items/{id}'],
    // A Kinesis service integration names the stream only in its request template; the
    // Credentials role is not what the call reaches.
    ['RestApi', 'invokes', 'Clicks', prop('PutClick', 'Integration'), 'POST /clicks'],
    // The API and its resource are parameters: the method itself starts the edge.
    ['SharedMethod', 'invokes', 'ItemFn', prop('SharedMethod', 'Integration'), 'DELETE'],
    ['HttpApi', 'invokes', 'ItemsFn', res('ItemsIntegration'), 'GET /items, POST /items'],
    ['OpenApi', 'invokes', 'ItemFn', prop('OpenApi', 'Body', 'paths', '/items/{id}', 'get', 'x-amazon-apigateway-integration'), 'GET /items/{id}'],
    ['OpenApi', 'invokes', 'ItemsFn', prop('OpenApi', 'Body', 'paths', '/items/{id}', 'x-amazon-apigateway-any-method', 'x-amazon-apigateway-integration'), 'ANY /items/{id}'],
  ]);
});

test('invokes: state machines name functions in Definition, DefinitionString and DefinitionSubstitutions', () => {
  const { graph } = graphOf('state-machines.yaml');
  assert.deepEqual(edgeRows(graph, ['invokes']), [
    ['Legacy', 'invokes', 'Validate', prop('Legacy', 'DefinitionString')],
    ['Legacy', 'invokes', 'Charge', prop('Legacy', 'DefinitionSubstitutions', 'ChargeArn')],
    ['Checkout', 'invokes', 'Validate', prop('Checkout', 'Definition', 'States', 'Validate', 'Parameters', 'FunctionName'), 'Validate'],
    // `Resource: !Ref ChargeLive` (a version) inside a Parallel branch reaches the function.
    ['Checkout', 'invokes', 'Charge', prop('Checkout', 'Definition', 'States', 'Work', 'Branches', 0, 'States', 'Charge', 'Resource'), 'Charge'],
    ['Checkout', 'invokes', 'Receipts', prop('Checkout', 'Definition', 'States', 'Notify', 'Parameters', 'QueueUrl'), 'Notify'],
  ]);
  // The execution role is named in the definition's resource, not invoked.
  assert.deepEqual(graph.incoming('MachineRole', 'invokes'), []);
});
