import type { Template } from '../model/template';
import type { GraphEdge, GraphNode } from './types';
import { createEdgeContext } from './edges/context';
import { addEventSourceEdges } from './edges/eventSources';
import { addSamEventEdges } from './edges/samEvents';
import { addSubscriptionEdges } from './edges/subscriptions';
import { addScheduleEdges } from './edges/schedules';
import { addApiEdges } from './edges/apis';
import { addStateMachineEdges } from './edges/stateMachines';
import { addCloudFrontEdges } from './edges/cloudfront';
import { addLoadBalancerEdges } from './edges/loadBalancers';
import { addIamEdges } from './edges/iam';
import { addDeliveryEdges } from './edges/deliveries';

/**
 * Edges that say what flows (events, subscriptions, origins, routes, permissions), drawn
 * in the direction of the flow. Each edge's `origin` is the path of the entry that declares
 * the link (an event, a target, a statement, or the linking resource itself), so a rule can
 * point there; each module documents its choice.
 *
 * Only template resources (and imported values) are nodes: a flow whose other end SAM or
 * AWS creates implicitly (a SAM schedule's rule, the implicit ServerlessRestApi) has no edge.
 */
export function addSemanticEdges(template: Template, nodes: Map<string, GraphNode>, addEdge: (edge: GraphEdge) => void): void {
  const ctx = createEdgeContext(template, nodes, addEdge);
  addEventSourceEdges(ctx);
  addSamEventEdges(ctx);
  addSubscriptionEdges(ctx);
  addScheduleEdges(ctx);
  addApiEdges(ctx);
  addStateMachineEdges(ctx);
  addCloudFrontEdges(ctx);
  addLoadBalancerEdges(ctx);
  addDeliveryEdges(ctx);
  addIamEdges(ctx);
}
