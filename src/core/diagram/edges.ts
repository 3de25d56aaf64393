import type { EdgeKind, GraphEdge } from '../graph/types';
import { isCompute, isDataStore, isMessaging, type ServiceFamily } from './serviceCatalog';
import type { DiagramEdge, DiagramEdgeKind, EdgeStyle } from './types';

const EDGE_LOOK: Readonly<Record<DiagramEdgeKind, { label: string; style: EdgeStyle }>> = {
  invokes: { label: 'invokes', style: 'flow' },
  origin: { label: 'origin', style: 'flow' },
  'routes-to': { label: 'routes to', style: 'flow' },
  'reads-writes': { label: 'reads/writes', style: 'flow' },
  'sends-to': { label: 'sends to', style: 'flow' },
  delivers: { label: 'delivers', style: 'flow' },
  triggers: { label: 'triggers', style: 'event' },
  subscribes: { label: 'subscribes', style: 'event' },
  schedules: { label: 'schedules', style: 'event' },
  'dead-letter': { label: 'dead letters', style: 'event' },
  connects: { label: 'connects', style: 'flow' },
  permission: { label: 'permission', style: 'permission' },
  'depends-on': { label: 'depends on', style: 'reference' },
  reference: { label: '', style: 'reference' },
  import: { label: 'imports', style: 'reference' },
  'nested-stack': { label: 'nested stack', style: 'reference' },
};

const KIND_ORDER = Object.keys(EDGE_LOOK) as DiagramEdgeKind[];

/** Properties whose reference sends failed messages somewhere. */
const DEAD_LETTER_PROPERTIES = new Set(['RedrivePolicy', 'DeadLetterConfig', 'DeadLetterQueue']);

/** Security-group rule properties that name the peer group traffic comes from or goes to. */
const SECURITY_GROUP_PEERS = new Set(['SourceSecurityGroupId', 'DestinationSecurityGroupId']);

/** IAM actions that hand a message or event on, so code holding them "sends to" the target. */
const SEND_ACTION = /^(sqs:SendMessage|sns:Publish|kinesis:PutRecords?|firehose:PutRecord|events:PutEvents|states:StartExecution|states:StartSyncExecution)/i;

/** Kinds that only say "these two are connected"; a flow or event between them says more. */
const WEAK_KINDS: ReadonlySet<DiagramEdgeKind> = new Set(['reference', 'depends-on', 'permission']);

export interface EdgeEndpoints {
  /** The visible nodes that stand for a resource (itself, its hosts, or none). */
  representatives(id: string): readonly string[];
  familyOf(id: string): ServiceFamily | undefined;
  typeOf(id: string): string;
  /** Drawing order of visible nodes. */
  orderOf(id: string): number;
}

export function edgeLook(kind: DiagramEdgeKind): { label: string; style: EdgeStyle } {
  return EDGE_LOOK[kind];
}

export function diagramKind(edge: Pick<GraphEdge, 'kind' | 'origin'>): DiagramEdgeKind {
  const kind: EdgeKind = edge.kind;
  if (kind === 'ref' || kind === 'getatt' || kind === 'sub') {
    if (edge.origin.some((step) => DEAD_LETTER_PROPERTIES.has(String(step)))) return 'dead-letter';
    if (edge.origin.some((step) => SECURITY_GROUP_PEERS.has(String(step)))) return 'connects';
    return 'reference';
  }
  return kind;
}

/**
 * Security-group rules read backwards: the group that names a source lets that source in,
 * so the traffic goes from the source to the group's owner (ALB → app → database).
 */
function flowsBackwards(edge: Pick<GraphEdge, 'origin'>): boolean {
  return edge.origin.some((step) => step === 'SourceSecurityGroupId');
}

/**
 * Graph edges as the picture shows them: moved to the visible nodes that stand for their
 * ends, merged by (from, to, kind), and thinned so each pair of nodes tells one story.
 * A flow or event between two nodes hides the references, permissions and DependsOn that
 * merely implement it; code that references or may touch a store "reads/writes" it, and a
 * queue or topic it "sends to".
 */
export function buildDiagramEdges(graphEdges: readonly GraphEdge[], ends: EdgeEndpoints): DiagramEdge[] {
  const counts = new Map<string, { from: string; to: string; kind: DiagramEdgeKind; count: number }>();
  /** Pairs with a permission to send, and pairs where the code itself (not its glue) names the target. */
  const sendPermissions = new Set<string>();
  const ownReferences = new Set<string>();
  const add = (from: string, to: string, kind: DiagramEdgeKind) => {
    const key = `${from}\u0000${to}\u0000${kind}`;
    const existing = counts.get(key);
    if (existing) existing.count += 1;
    else counts.set(key, { from, to, kind, count: 1 });
  };
  for (const edge of graphEdges) {
    const kind = diagramKind(edge);
    const [start, end] = kind === 'connects' && flowsBackwards(edge) ? [edge.to, edge.from] : [edge.from, edge.to];
    const starts = ends.representatives(start);
    const finishes = ends.representatives(end);
    // The link between glue and the resource it is folded into is the fold itself; drawn, it
    // would connect everything that shares the glue (two functions sharing a role).
    if (starts.some((id) => finishes.includes(id))) continue;
    for (const from of starts) {
      for (const to of finishes) {
        add(from, to, kind);
        if (kind === 'permission' && SEND_ACTION.test(edge.detail ?? '')) sendPermissions.add(`${from}\u0000${to}`);
        if (kind === 'reference' && from === start) ownReferences.add(`${from}\u0000${to}`);
      }
    }
  }

  const byPair = new Map<string, Array<{ from: string; to: string; kind: DiagramEdgeKind; count: number }>>();
  for (const entry of counts.values()) {
    const pair = entry.from < entry.to ? `${entry.from}\u0000${entry.to}` : `${entry.to}\u0000${entry.from}`;
    (byPair.get(pair) ?? byPair.set(pair, []).get(pair)!).push(entry);
  }

  const result: DiagramEdge[] = [];
  for (const entries of byPair.values()) {
    const strong = entries.filter((entry) => !WEAK_KINDS.has(entry.kind) && entry.kind !== 'connects');
    const connects = entries.filter((entry) => entry.kind === 'connects');
    // A declared flow explains the network rule that allows it; the rule explains references.
    const kept = strong.length > 0 ? strong : connects.length > 0 ? connects : thinWeakEdges(entries, ends, { sendPermissions, ownReferences });
    for (const entry of kept) result.push({ ...entry, ...EDGE_LOOK[entry.kind] });
  }
  return result.sort(
    (a, b) =>
      ends.orderOf(a.from) - ends.orderOf(b.from) ||
      ends.orderOf(a.to) - ends.orderOf(b.to) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}

/** Per direction: a derived data flow beats a permission, which beats a reference, which beats DependsOn. */
function thinWeakEdges(
  entries: Array<{ from: string; to: string; kind: DiagramEdgeKind; count: number }>,
  ends: EdgeEndpoints,
  evidence: { sendPermissions: ReadonlySet<string>; ownReferences: ReadonlySet<string> },
): Array<{ from: string; to: string; kind: DiagramEdgeKind; count: number }> {
  const out: Array<{ from: string; to: string; kind: DiagramEdgeKind; count: number }> = [];
  const directions = new Set(entries.map((entry) => entry.from));
  for (const from of directions) {
    const same = entries.filter((entry) => entry.from === from);
    const to = same[0].to;
    const count = same.reduce((sum, entry) => sum + entry.count, 0);
    const has = (kind: DiagramEdgeKind) => same.some((entry) => entry.kind === kind);
    const flow = derivedFlow(from, to, ends);
    // Code that names a store or queue in its own properties (an environment variable) uses
    // it; through its role, any permission reads or writes a store, only a send one a queue.
    const pair = `${from}\u0000${to}`;
    const named = evidence.ownReferences.has(pair);
    const flows = flow === 'reads-writes' ? named || has('permission') : flow === 'sends-to' && (named || evidence.sendPermissions.has(pair));
    if (flow && flows) out.push({ from, to, kind: flow, count });
    else if (has('permission')) out.push(...same.filter((entry) => entry.kind === 'permission'));
    else if (has('reference')) out.push(...same.filter((entry) => entry.kind === 'reference'));
    else out.push(...same);
  }
  return out;
}

function derivedFlow(from: string, to: string, ends: EdgeEndpoints): DiagramEdgeKind | undefined {
  const fromFamily = ends.familyOf(from);
  const toFamily = ends.familyOf(to);
  if (!fromFamily || !toFamily || !isCompute(fromFamily, ends.typeOf(from))) return undefined;
  if (isDataStore(toFamily)) return 'reads-writes';
  if (isMessaging(toFamily)) return 'sends-to';
  return undefined;
}
