import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeRows, graphOf, prop } from './support/graphFixtures';

test('origin: buckets, website buckets, load balancers, APIs and function URLs', () => {
  const { graph } = graphOf('cloudfront.yaml');
  const origin = (index: number) => prop('Distribution', 'DistributionConfig', 'Origins', index);
  assert.deepEqual(edgeRows(graph, ['origin']), [
    ['Distribution', 'origin', 'Assets', origin(0), 'assets'],
    ['Distribution', 'origin', 'Site', origin(1), 'site'],
    ['Distribution', 'origin', 'Alb', origin(2), 'alb'],
    ['Distribution', 'origin', 'Api', origin(3), 'api'],
    // A function URL origin is drawn to the function behind the URL.
    ['Distribution', 'origin', 'Renderer', origin(4), 'render'],
    ['Distribution', 'origin', 'Assets', origin(5), 'legacy'],
  ]);
  // The logging bucket is written to, not served from.
  assert.deepEqual(graph.incoming('Logs', 'origin'), []);
});

test('invokes: Lambda@Edge (through a version) and CloudFront Functions', () => {
  const { graph } = graphOf('cloudfront.yaml');
  assert.deepEqual(edgeRows(graph, ['invokes']), [
    ['Distribution', 'invokes', 'EdgeAuth', prop('Distribution', 'DistributionConfig', 'DefaultCacheBehavior', 'LambdaFunctionAssociations', 0), 'viewer-request'],
    ['Distribution', 'invokes', 'RewriteFn', prop('Distribution', 'DistributionConfig', 'CacheBehaviors', 0, 'FunctionAssociations', 0), 'viewer-request'],
  ]);
});
