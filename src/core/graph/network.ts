import type { Template } from '../model/template';
import type { GraphNode } from './types';

/** Places each resource in its VPC, subnets, tier and AZs where the template decides it. */
export function placeInNetwork(_template: Template, _nodes: Map<string, GraphNode>): void {
  // Implemented in the graph work: see the foundation issue, item 6.
}
