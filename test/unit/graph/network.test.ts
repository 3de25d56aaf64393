import { test } from 'node:test';
import assert from 'node:assert/strict';
import { graphOf, graphOfText, placements } from './support/graphFixtures';
import type { NetworkPlacement } from '../../../src/core/graph/types';

const vpcOnly = (vpc: string): NetworkPlacement => ({ vpc, subnets: [], azs: [] });

test('three-tier VPC: tiers from route tables, NAT per public subnet, ALB and ASG over two AZs, RDS through its subnet group', () => {
  const { graph } = graphOf('three-tier-vpc.yaml');
  const inSubnets = (subnets: string[], tier: 'public' | 'private', azs: string[]): NetworkPlacement => ({ vpc: 'Vpc', subnets, tier, azs });
  assert.deepEqual(placements(graph), {
    Igw: vpcOnly('Vpc'),
    IgwAttachment: vpcOnly('Vpc'),
    PublicA: inSubnets(['PublicA'], 'public', ['az#0']),
    PublicB: inSubnets(['PublicB'], 'public', ['az#1']),
    // AppA's zone is `GetAtt PublicA.AvailabilityZone`; AppB's index is the string '1'.
    AppA: inSubnets(['AppA'], 'private', ['az#0']),
    AppB: inSubnets(['AppB'], 'private', ['az#1']),
    DataA: inSubnets(['DataA'], 'private', ['az#0']),
    DataB: inSubnets(['DataB'], 'private', ['az#1']),
    PublicRoutes: vpcOnly('Vpc'),
    NatA: inSubnets(['PublicA'], 'public', ['az#0']),
    NatB: inSubnets(['PublicB'], 'public', ['az#1']),
    PrivateRoutesA: vpcOnly('Vpc'),
    PrivateRoutesB: vpcOnly('Vpc'),
    WebSg: vpcOnly('Vpc'),
    Alb: inSubnets(['PublicA', 'PublicB'], 'public', ['az#0', 'az#1']),
    AppGroup: vpcOnly('Vpc'),
    AppFleet: inSubnets(['AppA', 'AppB'], 'private', ['az#0', 'az#1']),
    DbSubnets: inSubnets(['DataA', 'DataB'], 'private', ['az#0', 'az#1']),
    Db: inSubnets(['DataA', 'DataB'], 'private', ['az#0', 'az#1']),
  });
  // The VPC itself, EIPs, routes and the launch template sit nowhere.
  for (const id of ['Vpc', 'NatAIp', 'PublicDefault', 'AppTemplate', 'Listener']) {
    assert.deepEqual(graph.nodes.get(id)?.network, { subnets: [], azs: [] }, id);
  }
});

test('VPC Lambda and edge cases: Globals VpcConfig, parameters, hints, clusters, caches, EFS', () => {
  const { graph } = graphOf('vpc-lambda.yaml');
  const privateAB: NetworkPlacement = { vpc: 'Vpc', subnets: ['PrivateA', 'PrivateB'], tier: 'private', azs: ['eu-west-1a', 'eu-west-1b'] };
  assert.deepEqual(placements(graph), {
    // A zone from a parameter's Default is decided by the template.
    PrivateA: { vpc: 'Vpc', subnets: ['PrivateA'], tier: 'private', azs: ['eu-west-1a'] },
    PrivateB: { vpc: 'Vpc', subnets: ['PrivateB'], tier: 'private', azs: ['eu-west-1b'] },
    // No route table association: MapPublicIpOnLaunch decides. No AZ given: none known.
    Hinted: { vpc: 'Vpc', subnets: ['Hinted'], tier: 'public', azs: [] },
    // Default route to a gateway given as a parameter: the tier is not decided.
    ViaTransit: { vpc: 'Vpc', subnets: ['ViaTransit'], azs: ['az#2'] },
    TransitRoutes: vpcOnly('Vpc'),
    // A subnet of a VPC given as a parameter: no VPC node, no main route table known.
    Foreign: { subnets: ['Foreign'], azs: [] },
    FnSg: vpcOnly('Vpc'),
    SamFn: privateAB,
    // Mixed tiers and one unknown AZ: tier unset, azs empty (unknown, not "none").
    PlainFn: { vpc: 'Vpc', subnets: ['PrivateB', 'Hinted'], azs: [] },
    AuroraSubnets: privateAB,
    Aurora: privateAB,
    AuroraWriter: privateAB,
    CacheSubnets: privateAB,
    Cache: privateAB,
    Files: privateAB,
    FilesA: { vpc: 'Vpc', subnets: ['PrivateA'], tier: 'private', azs: ['eu-west-1a'] },
    FilesB: { vpc: 'Vpc', subnets: ['PrivateB'], tier: 'private', azs: ['eu-west-1b'] },
    Endpoint: vpcOnly('Vpc'),
    Standalone: { subnets: [], azs: ['eu-west-1a'] },
  });
  // Subnets from a List<Subnet::Id> parameter, whole or in part: nothing is placed.
  assert.deepEqual(graph.nodes.get('SharedFn')?.network, { subnets: [], azs: [] });
  assert.deepEqual(graph.nodes.get('MixedFn')?.network, { subnets: [], azs: [] });
});

test('placements are separate objects per node', () => {
  const { graph } = graphOf('vpc-lambda.yaml');
  const aurora = graph.nodes.get('Aurora')!.network;
  const writer = graph.nodes.get('AuroraWriter')!.network;
  assert.notEqual(aurora.subnets, writer.subnets);
  assert.notEqual(aurora.azs, writer.azs);
});

test('subnet references through GetAtt, SubnetMappings, NetworkInterfaces and Ref AWS::NoValue', () => {
  const graph = graphOfText(`
Resources:
  Vpc:
    Type: AWS::EC2::VPC
  A:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, AvailabilityZone: us-east-1a }
  B:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !GetAtt Vpc.VpcId, AvailabilityZone: us-east-1b }
  Nlb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Type: network
      SubnetMappings:
        - SubnetId: !Ref A
        - SubnetId: !GetAtt B.SubnetId
  Box:
    Type: AWS::EC2::Instance
    Properties:
      NetworkInterfaces:
        - { DeviceIndex: '0', SubnetId: !Ref B }
  Fleet:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      VPCZoneIdentifier: [!Ref A, !Ref AWS::NoValue]
  Legacy:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      AvailabilityZones: [!Select [0, !GetAZs ''], !Select [1, !GetAZs '']]
`);
  const network = (id: string) => graph.nodes.get(id)?.network;
  // No route table association in a VPC of this template: its main route table, so private.
  const inVpc = (subnets: string[], azs: string[]): NetworkPlacement => ({ vpc: 'Vpc', subnets, tier: 'private', azs });
  assert.deepEqual(network('B'), inVpc(['B'], ['us-east-1b']));
  assert.deepEqual(network('Nlb'), inVpc(['A', 'B'], ['us-east-1a', 'us-east-1b']));
  assert.deepEqual(network('Box'), inVpc(['B'], ['us-east-1b']));
  assert.deepEqual(network('Fleet'), inVpc(['A'], ['us-east-1a']));
  assert.deepEqual(network('Legacy'), { subnets: [], azs: ['az#0', 'az#1'] });
});
