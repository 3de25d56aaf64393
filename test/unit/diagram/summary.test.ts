import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDiagram, toDiagramJson, toMermaid } from '../../../src/core/diagram';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { loadTemplate } from '../../../src/core/model/template';

/** 400 queues, each triggering its own function: 800 nodes in view. */
function largeTemplate(count: number): string {
  const lines = ['Resources:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  Queue${i}:`, '    Type: AWS::SQS::Queue');
    lines.push(`  Fn${i}:`, '    Type: AWS::Lambda::Function', '    Properties:', '      Role: arn:aws:iam::1:role/r', '      Runtime: nodejs20.x', '      Handler: i.h', '      Code: { ZipFile: x }');
    lines.push(`  Map${i}:`, '    Type: AWS::Lambda::EventSourceMapping', '    Properties:', `      EventSourceArn: !GetAtt Queue${i}.Arn`, `      FunctionName: !Ref Fn${i}`);
  }
  return lines.join('\n');
}

test('past the threshold the diagram becomes one node per service, with a notice', () => {
  const template = loadTemplate(largeTemplate(400));
  const model = buildDiagram(template, buildGraph(template), [], { view: 'essentials', direction: 'LR' });
  const json = toDiagramJson(model);
  assert.equal(json.view, 'summary');
  assert.equal(json.requestedView, 'essentials');
  assert.match(json.notice ?? '', /800 resources, more than 300/);
  assert.deepEqual(json.nodes.map((node) => [node.id, node.count]), [
    ['SQS queue@regional', 400],
    ['Lambda function@regional', 400],
  ]);
  assert.deepEqual(json.edges.map((edge) => [edge.from, edge.kind, edge.to, edge.count]), [['SQS queue@regional', 'triggers', 'Lambda function@regional', 400]]);
  assert.match(toMermaid(model).text, /400 resources/);
});

test('below the threshold every resource is drawn, and the threshold can be raised', () => {
  const template = loadTemplate(largeTemplate(400));
  const model = buildDiagram(template, buildGraph(template), [], { view: 'essentials', direction: 'LR', summaryThreshold: 1000 });
  assert.equal(model.view, 'essentials');
  assert.equal(model.nodes.length, 800);
  assert.equal(model.edges.length, 400);
});
