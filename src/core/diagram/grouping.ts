import { mapGet } from '../parse/nodes';
import { resolveString } from '../model/values';
import type { Template } from '../model/template';
import type { GraphNode, NetworkPlacement, ResourceGraph, SubnetTier } from '../graph/types';
import { isGlobalService, livesInVpc } from './serviceCatalog';
import type { DiagramGroup, GroupKind } from './types';

export const GLOBAL_GROUP = 'global';
export const REGIONAL_GROUP = 'regional';
export const EXTERNAL_GROUP = 'external';
/** Resources that must sit in a VPC the template does not define (a parameter, an import). */
export const UNKNOWN_VPC_GROUP = 'vpc:?';

const TIER_ORDER: readonly SubnetTier[] = ['public', 'private'];
const TOP_RANK: Readonly<Record<GroupKind, number>> = { global: 0, vpc: 1, tier: 1, subnet: 1, regional: 2, external: 3 };

export interface NodePlacement {
  path: string[];
  /** Zones spanned, when a resource sits in several subnets. */
  azCount?: number;
  /** Subnets spanned when their zones are not known. */
  subnetCount?: number;
}

/**
 * Places resources the way architects draw them: edge services on top, each VPC with its
 * public and private tiers, a resource in one subnet inside that subnet's box, a resource
 * spanning subnets (ALB, ASG, RDS) at its tier, everything else in the region or outside.
 */
export class GroupPlanner {
  private readonly groups = new Map<string, DiagramGroup>();
  /** The template's only VPC: where a VPC-bound resource with no placement must be. */
  private readonly onlyVpc: string | undefined;

  constructor(
    private readonly template: Template | undefined,
    private readonly graph: ResourceGraph,
  ) {
    const vpcs = [...graph.nodes.values()].filter((node) => node.type === 'AWS::EC2::VPC');
    this.onlyVpc = vpcs.length === 1 ? vpcs[0].id : undefined;
  }

  /** Adds the VPCs and subnets the template defines, even before anything sits in them. */
  addNetworkSkeleton(withSubnets: boolean): void {
    for (const node of this.graph.nodes.values()) {
      if (node.type === 'AWS::EC2::VPC') this.ensure([`vpc:${node.id}`]);
      if (node.type !== 'AWS::EC2::Subnet') continue;
      const path = this.subnetPath(node.id);
      this.ensure(withSubnets ? path : path.slice(0, -1));
    }
  }

  place(node: GraphNode, placement: NetworkPlacement): NodePlacement {
    if (node.external) return this.at([EXTERNAL_GROUP], node.id);
    const properties = node.resource?.effectiveProperties;
    if (isGlobalService(this.template, node.type, properties)) return this.at([GLOBAL_GROUP], node.id);

    const subnets = placement.subnets.filter((id, index, all) => all.indexOf(id) === index);
    const vpc = placement.vpc ?? subnets.map((id) => this.subnetFacts(id).vpc).find((id) => id !== undefined);
    if (!vpc && subnets.length === 0 && !placement.tier && !livesInVpc(node.type)) return this.at([REGIONAL_GROUP], node.id);

    const vpcKey = vpc ? `vpc:${vpc}` : this.onlyVpc ? `vpc:${this.onlyVpc}` : UNKNOWN_VPC_GROUP;
    if (subnets.length === 1) return this.at(this.subnetPath(subnets[0], vpcKey, placement.tier), node.id);

    const tiers = new Set(subnets.map((id) => this.subnetFacts(id).tier));
    const tier = placement.tier ?? (tiers.size === 1 ? [...tiers][0] : undefined);
    const path = tier ? [vpcKey, `tier:${tier}`] : [vpcKey];
    const result = this.at(path, node.id);
    const zones = new Set(placement.azs.length > 0 ? placement.azs : subnets.map((id) => this.subnetFacts(id).az).filter((az) => az !== undefined));
    if (zones.size > 1) result.azCount = zones.size;
    else if (zones.size === 0 && subnets.length > 1) result.subnetCount = subnets.length;
    return result;
  }

  /** A node in a fixed group (summary views place by group key). */
  at(path: string[], nodeId: string): NodePlacement {
    this.ensure(path).nodeIds.push(nodeId);
    return { path };
  }

  /** Records hidden plumbing on its VPC's box; plumbing of an unknown VPC just goes. */
  foldIntoNetwork(id: string, placement: NetworkPlacement): void {
    const vpc = placement.vpc ?? placement.subnets.map((subnet) => this.subnetFacts(subnet).vpc).find((v) => v !== undefined);
    if (vpc) this.ensure([`vpc:${vpc}`]).folded.push(id);
  }

  /**
   * The groups in drawing order: global, VPCs in template order, regional, external.
   * Empty subnet boxes are dropped unless asked for; empty VPC and tier boxes stay, since
   * they are the shape of the network.
   */
  finish(keepEmptySubnets: boolean): DiagramGroup[] {
    const prune = (group: DiagramGroup): boolean => {
      group.children = group.children.filter(prune);
      return keepEmptySubnets || group.kind !== 'subnet' || group.nodeIds.length > 0 || group.children.length > 0;
    };
    for (const group of this.groups.values()) group.children.sort((a, b) => this.compareChildren(a, b));
    return [...this.groups.values()]
      .filter((group) => group.path.length === 1)
      .sort((a, b) => TOP_RANK[a.kind] - TOP_RANK[b.kind])
      .filter(prune);
  }

  /** Public before private, then subnets by zone (as architects draw AZ columns) and id. */
  private compareChildren(a: DiagramGroup, b: DiagramGroup): number {
    const tierRank = (group: DiagramGroup) => (group.kind === 'tier' ? TIER_ORDER.indexOf(group.key.endsWith('tier:public') ? 'public' : 'private') : 2);
    const zone = (group: DiagramGroup) => (group.kind === 'subnet' ? (this.subnetFacts(group.key.slice(group.key.lastIndexOf('subnet:') + 7)).az ?? '') : '');
    return tierRank(a) - tierRank(b) || zone(a).localeCompare(zone(b)) || a.label.localeCompare(b.label);
  }

  private ensure(path: string[]): DiagramGroup {
    let parent: DiagramGroup | undefined;
    for (let depth = 0; depth < path.length; depth++) {
      const key = path.slice(0, depth + 1).join('/');
      let group = this.groups.get(key);
      if (!group) {
        const { kind, label, resourceId } = this.describe(path[depth]);
        group = { key, path: path.slice(0, depth + 1), kind, label, children: [], nodeIds: [], folded: [] };
        if (resourceId) group.resourceId = resourceId;
        this.groups.set(key, group);
        parent?.children.push(group);
      }
      parent = group;
    }
    return parent!;
  }

  private subnetPath(subnetId: string, vpcKey?: string, tierHint?: SubnetTier): string[] {
    const facts = this.subnetFacts(subnetId);
    const vpc = vpcKey ?? (facts.vpc ? `vpc:${facts.vpc}` : UNKNOWN_VPC_GROUP);
    const tier = facts.tier ?? tierHint;
    return tier ? [vpc, `tier:${tier}`, `subnet:${subnetId}`] : [vpc, `subnet:${subnetId}`];
  }

  private subnetFacts(subnetId: string): { vpc?: string; tier?: SubnetTier; az?: string } {
    const network = this.graph.nodes.get(subnetId)?.network;
    return { vpc: network?.vpc, tier: network?.tier, az: network?.azs[0] };
  }

  private describe(segment: string): { kind: GroupKind; label: string; resourceId?: string } {
    if (segment === GLOBAL_GROUP) return { kind: 'global', label: 'Global / edge' };
    if (segment === REGIONAL_GROUP) return { kind: 'regional', label: 'Regional services' };
    if (segment === EXTERNAL_GROUP) return { kind: 'external', label: 'External' };
    if (segment === UNKNOWN_VPC_GROUP) return { kind: 'vpc', label: 'VPC (not in this template)' };
    if (segment.startsWith('tier:')) return { kind: 'tier', label: segment === 'tier:public' ? 'Public subnets' : 'Private subnets' };
    const id = segment.slice(segment.indexOf(':') + 1);
    const defined = this.template?.resources.has(id) ? id : undefined;
    if (segment.startsWith('vpc:')) {
      const cidr = this.cidrOf(id);
      // "VPC Vpc" says it twice: a name that already says VPC stands alone.
      const name = /vpc/i.test(id) ? id : `VPC ${id}`;
      return { kind: 'vpc', label: cidr ? `${name} · ${cidr}` : name, resourceId: defined };
    }
    const az = this.subnetFacts(id).az;
    return { kind: 'subnet', label: az ? `${id} · ${zoneLabel(az)}` : id, resourceId: defined };
  }

  private cidrOf(id: string): string | undefined {
    const resource = this.template?.resources.get(id);
    return this.template && resource ? resolveString(this.template, mapGet(resource.effectiveProperties, 'CidrBlock')) : undefined;
  }
}

/** "us-east-1a" as written; "az#0" (Fn::Select over Fn::GetAZs) as "AZ 1". */
export function zoneLabel(az: string): string {
  const index = /^az#(\d+)$/.exec(az);
  return index ? `AZ ${Number(index[1]) + 1}` : az;
}

