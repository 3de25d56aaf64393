import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeRows, graphOf, placements, prop, res } from './support/graphFixtures';

test('routes-to: load balancer → listener → target group → targets, ASGs and ECS services', () => {
  const { graph } = graphOf('load-balancers.yaml');
  assert.deepEqual(edgeRows(graph, ['routes-to']), [
    ['Alb', 'routes-to', 'Http', res('Http'), 'HTTP:80'],
    ['Http', 'routes-to', 'WebGroup', prop('Http', 'DefaultActions', 0), 'forward'],
    ['Alb', 'routes-to', 'Https', res('Https'), 'HTTPS:443'],
    ['Https', 'routes-to', 'WebGroup', prop('Https', 'DefaultActions', 0), 'forward'],
    ['Https', 'routes-to', 'CanaryGroup', prop('Https', 'DefaultActions', 0), 'forward'],
    ['Https', 'routes-to', 'FunctionGroup', prop('ApiRule', 'Actions', 0), 'path-pattern /api/*'],
    ['Https', 'routes-to', 'ServiceGroup', prop('ServiceRule', 'Actions', 0), 'host-header svc.example.com'],
    ['CanaryGroup', 'routes-to', 'Canary', prop('CanaryGroup', 'Targets', 0)],
    ['FunctionGroup', 'routes-to', 'ApiFn', prop('FunctionGroup', 'Targets', 0)],
    ['Classic', 'routes-to', 'Canary', prop('Classic', 'Instances', 0)],
    ['WebGroup', 'routes-to', 'WebFleet', prop('WebFleet', 'TargetGroupARNs', 0)],
    ['Classic', 'routes-to', 'WebFleet', prop('WebFleet', 'LoadBalancerNames', 0)],
    ['ServiceGroup', 'routes-to', 'Service', prop('Service', 'LoadBalancers', 0), 'app:8080'],
  ]);
});

test('subnets and VPC given as parameters place nothing', () => {
  const { graph } = graphOf('load-balancers.yaml');
  assert.deepEqual(placements(graph), {});
});
