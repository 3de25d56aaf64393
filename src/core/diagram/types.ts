import type { Severity } from '../rules/types';
import type { ServiceFamily } from './serviceCatalog';

/** Essentials folds glue resources into what they serve; all shows every resource. */
export type DiagramView = 'essentials' | 'all';
export type DiagramDirection = 'LR' | 'TB';

export interface DiagramOptions {
  view: DiagramView;
  direction: DiagramDirection;
  /** Past this many nodes the diagram becomes a per-service summary (default 300). */
  summaryThreshold?: number;
  /** Language of finding messages (default 'en'). */
  language?: 'en' | 'ko';
}

/**
 * Group keys form a path: `vpc:<id>` › `tier:public` › `subnet:<id>`, or one of the
 * top-level keys `global`, `regional`, `external`. `vpc:?` holds resources that must live
 * in a VPC the template does not define.
 */
export type GroupKind = 'global' | 'vpc' | 'tier' | 'subnet' | 'regional' | 'external';

export interface DiagramGroup {
  key: string;
  /** Keys from the top-level group down to this one. */
  path: string[];
  kind: GroupKind;
  /** Plain text; escaped only when written out. */
  label: string;
  children: DiagramGroup[];
  /** Logical ids of the nodes placed directly in this group. */
  nodeIds: string[];
  /** Network plumbing hidden in this group by the essentials view. */
  folded: string[];
  /** The VPC or subnet resource the group stands for, for click-to-code. */
  resourceId?: string;
}

export interface DiagramFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The resource the finding was reported on, when it was folded into this node. */
  resourceId: string;
}

export interface DiagramNode {
  /** Logical id (or `Import:<name>` for imports, or a summary key). */
  id: string;
  type: string;
  /** Short type: "Lambda function", "SQS queue (FIFO)"; with "(2 AZs)" when it spans zones. */
  typeLabel: string;
  family: ServiceFamily;
  /** Iconify name of the service icon, when one is bundled. */
  icon?: string;
  groupPath: string[];
  /** How many AZs the resource spans, when more than one. */
  azCount?: number;
  /** Glue resources folded into this node by the essentials view. */
  folded: string[];
  findings: DiagramFinding[];
  /** The worst finding severity, for the border colour. */
  severity?: Severity;
  /** Summary nodes stand for this many resources. */
  count?: number;
}

/** Diagram edge kinds: the graph's semantic kinds, derived data flows, and references. */
export type DiagramEdgeKind =
  | 'invokes'
  | 'origin'
  | 'routes-to'
  | 'reads-writes'
  | 'sends-to'
  | 'delivers'
  | 'triggers'
  | 'subscribes'
  | 'schedules'
  | 'dead-letter'
  | 'connects'
  | 'permission'
  | 'depends-on'
  | 'reference'
  | 'import'
  | 'nested-stack';

/** How an edge is drawn: flows solid, events coloured, permissions dotted, references thin. */
export type EdgeStyle = 'flow' | 'event' | 'permission' | 'reference';

export interface DiagramEdge {
  from: string;
  to: string;
  kind: DiagramEdgeKind;
  label: string;
  style: EdgeStyle;
  /** How many template links were merged into this edge. */
  count: number;
}

export interface DiagramModel {
  /** 'summary' when the requested view was too large to draw resource by resource. */
  view: DiagramView | 'summary';
  requestedView: DiagramView;
  direction: DiagramDirection;
  /** Top-level groups in drawing order: global, VPCs, regional, external. */
  groups: DiagramGroup[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Shown above the picture, e.g. why the summary view replaced the requested one. */
  notice?: string;
}
