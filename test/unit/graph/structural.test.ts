import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeRows, graphOf, prop, res } from './support/graphFixtures';

test('structural edges: Ref, GetAtt in both forms, Sub in both forms, DependsOn, imports', () => {
  const { graph } = graphOf('structural.yaml');
  assert.deepEqual(edgeRows(graph, ['ref', 'getatt', 'sub', 'depends-on', 'import', 'nested-stack']), [
    ['Reader', 'getatt', 'ReaderRole', prop('Reader', 'Role'), 'Arn'],
    ['Reader', 'ref', 'Bucket', prop('Reader', 'Environment', 'Variables', 'BUCKET')],
    ['Reader', 'getatt', 'Queue', prop('Reader', 'Environment', 'Variables', 'QUEUE_ARN'), 'Arn'],
    ['Reader', 'sub', 'Topic', prop('Reader', 'Environment', 'Variables', 'TOPIC')],
    // `${!Literal}` is an escape and `${AWS::Region}` a pseudo-parameter: neither is an edge.
    ['Reader', 'sub', 'Queue', prop('Reader', 'Environment', 'Variables', 'QUEUE_NAME'), 'QueueName'],
    // A nested stack's output is a dependency on that stack, drawn as its own kind.
    ['Reader', 'nested-stack', 'Network', prop('Reader', 'Environment', 'Variables', 'STACK_OUT'), 'Outputs.VpcId'],
    ['Reader', 'depends-on', 'Bucket', [...res('Reader'), 'DependsOn']],
    ['Reader', 'import', 'Import:shared-TableName', prop('Reader', 'Environment', 'Variables', 'TABLE'), 'shared-TableName'],
    // Sub list form: `${Name}` is the Sub's own variable; its value `!Ref Queue` is the reference.
    ['ReaderRole', 'sub', 'Bucket', prop('ReaderRole', 'Description'), 'Arn'],
    ['ReaderRole', 'ref', 'Queue', prop('ReaderRole', 'Description', 'Fn::Sub', 1, 'Name')],
    ['ReaderRole', 'getatt', 'Bucket', prop('ReaderRole', 'Tags', 0, 'Value'), 'DomainName'],
    ['ReaderRole', 'depends-on', 'Bucket', [...res('ReaderRole'), 'DependsOn', 0]],
    ['ReaderRole', 'depends-on', 'Queue', [...res('ReaderRole'), 'DependsOn', 1]],
  ]);
});

test('parameters and pseudo-parameters are not nodes; Network (parameter refs only) has no edges', () => {
  const { graph } = graphOf('structural.yaml');
  assert.equal(graph.nodes.has('Stage'), false);
  assert.deepEqual(graph.outgoing('Topic'), []);
  assert.deepEqual(graph.outgoing('Network'), []);
});

test('imports and nested stacks are external nodes', () => {
  const { graph } = graphOf('structural.yaml');
  const imported = graph.nodes.get('Import:shared-TableName');
  assert.deepEqual(
    imported && { type: imported.type, external: imported.external, resource: imported.resource },
    { type: 'External::Import', external: true, resource: undefined },
  );
  assert.equal(graph.nodes.get('Network')?.external, true);
  assert.equal(graph.nodes.get('Reader')?.external, false);
});

test('outgoing and incoming are indexed by kind', () => {
  const { graph } = graphOf('structural.yaml');
  assert.deepEqual(graph.incoming('Queue').map((e) => [e.from, e.kind]), [['Reader', 'getatt'], ['Reader', 'sub'], ['ReaderRole', 'ref'], ['ReaderRole', 'depends-on']]);
  assert.deepEqual(graph.outgoing('Reader', 'depends-on').map((e) => e.to), ['Bucket']);
});
