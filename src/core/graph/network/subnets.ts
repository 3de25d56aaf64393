import { intrinsicName, isSeq, mapGet, type CfnNode } from '../../parse/nodes';
import type { Template } from '../../model/template';
import { resolveBoolean, resolveNumber, resolveString } from '../../model/values';
import { getAttTarget, referencedId } from '../references';
import type { SubnetTier } from '../types';

/** What the template decides about one `AWS::EC2::Subnet`; undefined fields are not decided. */
export interface SubnetFacts {
  vpc?: string;
  az?: string;
  tier?: SubnetTier;
}

type RouteTableState = SubnetTier | 'unknown';

const MAX_AZ_DEPTH = 8;

/**
 * Facts for every subnet of the template, built with one pass over route tables, routes and
 * associations (no per-subnet scans).
 *
 * Tier: a subnet is public when its route table sends `0.0.0.0/0` (or `::/0`) to an
 * `AWS::EC2::InternetGateway` of the template, private when its route table does not.
 * When the route table is not known (no association, or one whose table or gateway is a
 * parameter), `MapPublicIpOnLaunch: true` marks it public. Without an association, a subnet
 * of a VPC created in this template uses that VPC's main route table, which CloudFormation
 * creates with the local route only, so it is private. Otherwise the tier stays undecided.
 */
export function indexSubnets(template: Template): Map<string, SubnetFacts> {
  const routeTables = routeTableStates(template);
  const associations = new Map<string, RouteTableState[]>();
  for (const association of template.resourcesOfType('AWS::EC2::SubnetRouteTableAssociation')) {
    const properties = association.effectiveProperties;
    const subnet = referencedId(mapGet(properties, 'SubnetId'));
    if (!subnet) continue;
    const table = referencedId(mapGet(properties, 'RouteTableId'));
    const state: RouteTableState = (table ? routeTables.get(table) : undefined) ?? 'unknown';
    associations.set(subnet, [...(associations.get(subnet) ?? []), state]);
  }

  const facts = new Map<string, SubnetFacts>();
  const subnets = template.resourcesOfType('AWS::EC2::Subnet');
  for (const subnet of subnets) {
    const properties = subnet.effectiveProperties;
    const vpcId = referencedId(mapGet(properties, 'VpcId'));
    const vpc = vpcId && template.resources.get(vpcId)?.type === 'AWS::EC2::VPC' ? vpcId : undefined;
    const states = associations.get(subnet.id);
    let tier: SubnetTier | undefined;
    if (states && states.every((state) => state === states[0]) && states[0] !== 'unknown') tier = states[0];
    else if (resolveBoolean(template, mapGet(properties, 'MapPublicIpOnLaunch')) === true) tier = 'public';
    else if (!states && vpc) tier = 'private';
    facts.set(subnet.id, { vpc, tier });
  }
  // AZs last: `GetAtt OtherSubnet.AvailabilityZone` reads another subnet's zone.
  for (const subnet of subnets) {
    const az = subnetZone(template, subnet.id, 0);
    if (az) facts.get(subnet.id)!.az = az;
  }
  return facts;
}

/** Public if some default route goes to an internet gateway of the template. */
function routeTableStates(template: Template): Map<string, RouteTableState> {
  const states = new Map<string, RouteTableState>();
  for (const table of template.resourcesOfType('AWS::EC2::RouteTable')) states.set(table.id, 'private');
  for (const route of template.resourcesOfType('AWS::EC2::Route')) {
    const properties = route.effectiveProperties;
    const table = referencedId(mapGet(properties, 'RouteTableId'));
    if (!table || !states.has(table) || states.get(table) === 'public') continue;
    const destination = resolveString(template, mapGet(properties, 'DestinationCidrBlock')) ?? resolveString(template, mapGet(properties, 'DestinationIpv6CidrBlock'));
    const gatewayValue = mapGet(properties, 'GatewayId');
    if (gatewayValue === undefined) continue;
    const gateway = referencedId(gatewayValue);
    const gatewayType = gateway ? template.resources.get(gateway)?.type : undefined;
    if (gatewayType === 'AWS::EC2::InternetGateway') {
      if (destination === '0.0.0.0/0' || destination === '::/0') states.set(table, 'public');
      else if (destination === undefined) states.set(table, 'unknown');
    } else if (!gatewayType) {
      // A gateway given as a parameter or import may well be an internet gateway.
      states.set(table, 'unknown');
    }
  }
  return states;
}

function subnetZone(template: Template, subnetId: string, depth: number): string | undefined {
  const properties = template.resources.get(subnetId)?.effectiveProperties;
  return zoneKey(template, mapGet(properties, 'AvailabilityZone'), depth) ?? resolveString(template, mapGet(properties, 'AvailabilityZoneId'));
}

/**
 * An AZ key: the zone name when the template decides it ("us-east-1a", also through a
 * parameter default), "az#<i>" for `Fn::Select [i, Fn::GetAZs …]` (the i-th zone of the
 * region: distinct indexes are distinct zones), or another subnet's key through
 * `GetAtt Subnet.AvailabilityZone`.
 */
export function zoneKey(template: Template, value: CfnNode | undefined, depth = 0): string | undefined {
  if (value === undefined || depth > MAX_AZ_DEPTH) return undefined;
  const literal = resolveString(template, value);
  if (literal) return literal;
  const select = mapGet(value, 'Fn::Select');
  if (isSeq(select) && select.items.length === 2 && intrinsicName(select.items[1]) === 'Fn::GetAZs') {
    const index = resolveNumber(template, select.items[0]);
    return index !== undefined && Number.isInteger(index) && index >= 0 ? `az#${index}` : undefined;
  }
  const getAtt = getAttTarget(mapGet(value, 'Fn::GetAtt'));
  if (getAtt?.attribute === 'AvailabilityZone' && template.resources.get(getAtt.target)?.type === 'AWS::EC2::Subnet') {
    return subnetZone(template, getAtt.target, depth + 1);
  }
  return undefined;
}

/** The AZ keys of a literal list (`AvailabilityZones`), or undefined if one is not decided. */
export function zoneKeys(template: Template, value: CfnNode | undefined): string[] | undefined {
  if (!isSeq(value) || value.items.length === 0) return undefined;
  const keys = value.items.map((item) => zoneKey(template, item));
  return keys.every((key): key is string => !!key) ? [...new Set(keys)] : undefined;
}

