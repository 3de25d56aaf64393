// Golden tests for the seed patterns: exact groups, nodes and edges of the JSON diagram.
// The expectations are written by hand from what an architect would draw (not generated),
// because they check the graph's semantic edges and network placement as much as the diagram.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagramOf, edgesOf, groupsOf, nodesOf } from './diagramFixture';

test('static site: CloudFront at the edge, its origin the private bucket', () => {
  const { json } = diagramOf('static-site.yaml');
  assert.deepEqual(groupsOf(json), [
    ['global', 'Global / edge'],
    ['regional', 'Regional services'],
  ]);
  assert.deepEqual(nodesOf(json), [
    ['SiteBucket', 'S3 bucket', 'regional'],
    ['Distribution', 'CloudFront distribution', 'global'],
  ]);
  assert.deepEqual(edgesOf(json), [['Distribution', 'origin', 'origin', 'SiteBucket']]);
  assert.deepEqual(json.nodes.map((node) => [node.id, node.folded]), [
    ['SiteBucket', ['SiteBucketPolicy']],
    ['Distribution', ['SiteOriginAccessControl']],
  ]);
});

test('3-tier VPC: ALB in the public tier, ASG and Multi-AZ RDS in the private tier, a NAT gateway per public subnet', () => {
  const { json } = diagramOf('three-tier-vpc.yaml');
  assert.deepEqual(groupsOf(json), [
    ['vpc:VPC', 'VPC · 10.0.0.0/16'],
    ['vpc:VPC/tier:public', 'Public subnets'],
    ['vpc:VPC/tier:public/subnet:PublicSubnet1', 'PublicSubnet1 · AZ 1'],
    ['vpc:VPC/tier:public/subnet:PublicSubnet2', 'PublicSubnet2 · AZ 2'],
    ['vpc:VPC/tier:private', 'Private subnets'],
  ]);
  assert.deepEqual(nodesOf(json), [
    ['InternetGateway', 'Internet gateway', 'vpc:VPC'],
    ['NatGateway1', 'NAT gateway', 'vpc:VPC › tier:public › subnet:PublicSubnet1'],
    ['NatGateway2', 'NAT gateway', 'vpc:VPC › tier:public › subnet:PublicSubnet2'],
    ['LoadBalancer', 'Application Load Balancer (2 AZs)', 'vpc:VPC › tier:public'],
    ['AppAutoScalingGroup', 'Auto Scaling group (2 AZs)', 'vpc:VPC › tier:private'],
    ['Database', 'RDS DB instance (2 AZs)', 'vpc:VPC › tier:private'],
  ]);
  assert.deepEqual(edgesOf(json), [
    ['LoadBalancer', 'routes-to', 'routes to', 'AppAutoScalingGroup'],
    ['AppAutoScalingGroup', 'connects', 'connects', 'Database'],
  ]);
  const folded = Object.fromEntries(json.nodes.map((node) => [node.id, node.folded ?? []]));
  assert.deepEqual(folded.LoadBalancer, ['LoadBalancerSecurityGroup', 'HttpListener', 'AppTargetGroup']);
  assert.deepEqual(folded.AppAutoScalingGroup, ['AppLaunchTemplate', 'AppSecurityGroup']);
  assert.deepEqual(folded.Database, ['DatabaseSecurityGroup', 'DatabaseSubnetGroup']);
  assert.deepEqual(folded.NatGateway1, ['NatAddress1']);
  assert.equal(json.nodes.find((node) => node.id === 'Database')?.azs, 2);
});

test('3-tier VPC, all resources: every subnet is a box and the plumbing shows', () => {
  const { json } = diagramOf('three-tier-vpc.yaml', { view: 'all' });
  assert.deepEqual(
    json.groups.filter((group) => group.kind === 'subnet').map((group) => group.key),
    [
      'vpc:VPC/tier:public/subnet:PublicSubnet1',
      'vpc:VPC/tier:public/subnet:PublicSubnet2',
      'vpc:VPC/tier:private/subnet:AppSubnet1',
      'vpc:VPC/tier:private/subnet:DataSubnet1',
      'vpc:VPC/tier:private/subnet:AppSubnet2',
      'vpc:VPC/tier:private/subnet:DataSubnet2',
    ],
  );
  const ids = json.nodes.map((node) => node.id);
  for (const glue of ['PublicRouteTable', 'AppTargetGroup', 'HttpListener', 'AppSecurityGroup', 'DatabaseSubnetGroup']) assert.ok(ids.includes(glue), glue);
  assert.ok(!ids.includes('VPC') && !ids.includes('PublicSubnet1'), 'VPCs and subnets are boxes, not nodes');
  assert.deepEqual(
    edgesOf(json).filter(([, kind]) => kind === 'routes-to'),
    [
      ['LoadBalancer', 'routes-to', 'routes to', 'HttpListener'],
      ['AppTargetGroup', 'routes-to', 'routes to', 'AppAutoScalingGroup'],
      ['HttpListener', 'routes-to', 'routes to', 'AppTargetGroup'],
    ],
  );
  assert.deepEqual(
    edgesOf(json).filter(([, kind]) => kind === 'connects'),
    [
      ['LoadBalancerSecurityGroup', 'connects', 'connects', 'AppSecurityGroup'],
      ['AppSecurityGroup', 'connects', 'connects', 'DatabaseSecurityGroup'],
    ],
  );
});

test('SNS fan-out: topic → queues → functions, with the dead-letter queue and the shared role\'s reach', () => {
  const { json } = diagramOf('sns-fanout.yaml');
  assert.deepEqual(groupsOf(json), [['regional', 'Regional services']]);
  assert.deepEqual(nodesOf(json), [
    ['OrdersTopic', 'SNS topic', 'regional'],
    ['BillingQueue', 'SQS queue', 'regional'],
    ['BillingDeadLetterQueue', 'SQS queue', 'regional'],
    ['ShippingQueue', 'SQS queue', 'regional'],
    ['BillingWorker', 'Lambda function', 'regional'],
    ['ShippingWorker', 'Lambda function', 'regional'],
  ]);
  assert.deepEqual(edgesOf(json), [
    ['OrdersTopic', 'subscribes', 'subscribes', 'BillingQueue'],
    ['OrdersTopic', 'subscribes', 'subscribes', 'ShippingQueue'],
    ['BillingQueue', 'dead-letter', 'dead letters', 'BillingDeadLetterQueue'],
    ['BillingQueue', 'triggers', 'triggers', 'BillingWorker'],
    ['ShippingQueue', 'triggers', 'triggers', 'ShippingWorker'],
    // One role serves both workers, so each may read the other's queue: a dotted permission.
    ['BillingWorker', 'permission', 'permission', 'ShippingQueue'],
    ['ShippingWorker', 'permission', 'permission', 'BillingQueue'],
  ]);
  assert.deepEqual(json.nodes.find((node) => node.id === 'OrdersTopic')?.folded, ['BillingSubscription', 'ShippingSubscription']);
  assert.deepEqual(json.nodes.find((node) => node.id === 'BillingWorker')?.folded, ['WorkerRole', 'BillingMapping']);
});

test('API → Lambda → DynamoDB: the API invokes the function, which reads and writes the table', () => {
  const { json } = diagramOf('api-lambda-dynamodb.yaml');
  assert.deepEqual(groupsOf(json), [['regional', 'Regional services']]);
  assert.deepEqual(nodesOf(json), [
    ['ItemsApi', 'API Gateway REST API', 'regional'],
    ['ItemsTable', 'DynamoDB table', 'regional'],
    ['ItemsFunction', 'Lambda function', 'regional'],
  ]);
  assert.deepEqual(edgesOf(json), [
    ['ItemsApi', 'invokes', 'invokes', 'ItemsFunction'],
    ['ItemsFunction', 'reads-writes', 'reads/writes', 'ItemsTable'],
  ]);
});

test('the direction reaches the flowchart and every box', () => {
  const { mermaid } = diagramOf('static-site.yaml', { direction: 'TB' });
  assert.match(mermaid.text, /^flowchart TB\n/);
  assert.ok(mermaid.text.split('\n').filter((line) => line.trim() === 'direction TB').length === 2);
});
