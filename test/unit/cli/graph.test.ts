import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../support/cliRunner';

test('graph --format json prints nodes with placement and merged edges', async () => {
  const { code, stdout, stderr } = await runCli('graph', 'examples/serverless-api.yaml', '--format', 'json');
  assert.equal(stderr, '');
  assert.equal(code, 0);
  const graph = JSON.parse(stdout);
  assert.deepEqual(
    graph.nodes.map((n: { id: string; type: string }) => [n.id, n.type]),
    [
      ['TodoTable', 'AWS::DynamoDB::Table'],
      ['TodoApi', 'AWS::Serverless::Api'],
      ['TodoFunction', 'AWS::Serverless::Function'],
      ['ExportQueue', 'AWS::SQS::Queue'],
      ['ExportWorker', 'AWS::Serverless::Function'],
    ],
  );
  assert.deepEqual(graph.nodes[0].network, { subnets: [], azs: [] });
  const edge = (from: string, to: string, kind: string) => graph.edges.find((e: { from: string; to: string; kind: string }) => e.from === from && e.to === to && e.kind === kind);
  assert.deepEqual(edge('TodoFunction', 'TodoTable', 'ref').origins, [
    'Resources/TodoFunction/Properties/Policies/0/DynamoDBCrudPolicy/TableName',
    'Resources/TodoFunction/Properties/Environment/Variables/TABLE_NAME',
  ]);
  assert.deepEqual(edge('ExportWorker', 'ExportQueue', 'getatt').details, ['Arn']);
  assert.ok(edge('ExportQueue', 'ExportWorker', 'triggers'), 'the SQS event is a triggers edge');
});

test('exit codes: 2 with one line on stderr for usage and I/O errors', async () => {
  for (const argv of [['graph', 'no/such/file.yaml'], ['graph', '--nope', 'x'], ['graph'], ['lint'], ['frobnicate'], ['lint', '--format', 'xml', 'examples']]) {
    const result = await runCli(...argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.equal(result.stderr.trim().split('\n').length, 1, argv.join(' '));
    assert.match(result.stderr, /^archlens/);
  }
});

test('--help and --version', async () => {
  const help = await runCli('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /archlens lint <files or dirs…>/);
  const version = await runCli('--version');
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), JSON.parse(require('node:fs').readFileSync('package.json', 'utf8')).version);
});

test('graph on a non-template says so and exits 1', async () => {
  const result = await runCli('graph', 'test/fixtures/cli/not-a-template.yaml');
  assert.equal(result.code, 1);
  assert.match(result.stderr, /is not a CloudFormation or SAM template/);
});
