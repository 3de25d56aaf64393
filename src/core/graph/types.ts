import type { TemplatePath } from '../parse/nodes';
import type { Resource } from '../model/template';

/**
 * Structural edges come straight from intrinsics; semantic edges say what flows.
 * Direction follows the flow: a queue `triggers` the function that consumes it, a
 * distribution has an `origin` edge to its bucket, a role has a `permission` edge to
 * what its policy names.
 */
export type StructuralEdgeKind = 'ref' | 'getatt' | 'sub' | 'depends-on' | 'import' | 'nested-stack';
export type SemanticEdgeKind =
  | 'triggers' // event source → function: SQS/Kinesis/DynamoDB mappings, S3 notifications, SAM events
  | 'subscribes' // SNS topic → subscriber (queue, function, …)
  | 'schedules' // schedule / EventBridge rule → target
  | 'invokes' // API Gateway integration or Step Functions state → function/service
  | 'origin' // CloudFront distribution → origin (bucket, ALB, API)
  | 'routes-to' // load balancer → listener → target group → targets / ASG
  | 'delivers' // stream → Firehose → bucket/cluster/domain; IoT rule → action target
  | 'permission'; // IAM policy statement → the resource it names
export type EdgeKind = StructuralEdgeKind | SemanticEdgeKind;

export const SEMANTIC_EDGE_KINDS: ReadonlySet<EdgeKind> = new Set<EdgeKind>([
  'triggers', 'subscribes', 'schedules', 'invokes', 'origin', 'routes-to', 'delivers', 'permission',
]);

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Where in the template the edge is written. */
  origin: TemplatePath;
  /** Short detail, e.g. the SAM event type ("SQS", "Api GET /items") or the GetAtt attribute. */
  detail?: string;
}

export type SubnetTier = 'public' | 'private';

/** Where a resource sits in the network, as far as the template determines it. */
export interface NetworkPlacement {
  vpc?: string;
  /** Logical ids of the subnets it sits in (one for an instance, several for an ALB/ASG). */
  subnets: string[];
  tier?: SubnetTier;
  /** AZ keys: a literal zone name ("us-east-1a") or "az#<index>" from Fn::Select over Fn::GetAZs. */
  azs: string[];
}

export interface GraphNode {
  id: string;
  type: string;
  /** Undefined for external nodes (imports). */
  resource?: Resource;
  /** Imports and nested stacks: things that live outside this template. */
  external: boolean;
  network: NetworkPlacement;
}

export interface ResourceGraph {
  nodes: Map<string, GraphNode>;
  edges: GraphEdge[];
  outgoing(id: string, kind?: EdgeKind): GraphEdge[];
  incoming(id: string, kind?: EdgeKind): GraphEdge[];
}
