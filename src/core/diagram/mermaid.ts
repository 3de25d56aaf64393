import { mermaidText } from './escape';
import type { ServiceFamily } from './serviceCatalog';
import type { DiagramGroup, DiagramModel, DiagramNode, EdgeStyle, GroupKind } from './types';
import type { Severity } from '../rules/types';

export interface MermaidOptions {
  /**
   * Draw nodes as AWS service icons from the bundled `logos` pack. Only ArchLens's own
   * renderers register that pack; text meant for GitHub or other Markdown leaves it off.
   */
  icons?: boolean;
}

export interface MermaidDiagram {
  text: string;
  /** Mermaid node id (`n3`) → logical id, for clicks, tooltips and highlights. */
  nodeIds: Record<string, string>;
  /** Mermaid subgraph id (`g2`) → the VPC or subnet resource it stands for. */
  groupIds: Record<string, string>;
}

/** AWS Architecture Icons colours, one per family; fills are the same colour at 8 %. */
const FAMILY_COLOUR: Readonly<Record<ServiceFamily, string>> = {
  compute: '#ED7100',
  container: '#ED7100',
  storage: '#7AA116',
  database: '#C925D1',
  messaging: '#E7157B',
  integration: '#E7157B',
  api: '#E7157B',
  networking: '#8C4FFF',
  edge: '#8C4FFF',
  security: '#DD344C',
  management: '#E7157B',
  analytics: '#8C4FFF',
  external: '#7D8998',
  other: '#7D8998',
};

/** VS Code's error, warning and info colours. */
export const SEVERITY_COLOUR: Readonly<Record<Severity, string>> = { error: '#F14C4C', warning: '#CCA700', info: '#3794FF' };

/** Node classes: a family colour for drawn shapes; a severity border, or tile behind an icon. */
const CLASS_STYLES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(FAMILY_COLOUR).map(([family, colour]) => [`family_${family}`, `fill:${colour}14,stroke:${colour},stroke-width:1.5px`]),
  ),
  ...Object.fromEntries(Object.entries(SEVERITY_COLOUR).map(([severity, colour]) => [`severity_${severity}`, `stroke:${colour},stroke-width:3px`])),
  ...Object.fromEntries(Object.entries(SEVERITY_COLOUR).map(([severity, colour]) => [`icon_${severity}`, `fill:${colour}`])),
  icon_plain: 'fill:none',
};

const GROUP_STYLE: Readonly<Record<GroupKind, string>> = {
  global: 'fill:none,stroke:#8C4FFF,stroke-width:1.5px,stroke-dasharray:6 4',
  vpc: 'fill:none,stroke:#8C4FFF,stroke-width:2px',
  tier: 'fill:none,stroke:#7D8998,stroke-width:1px',
  subnet: 'fill:none,stroke:#7D8998,stroke-width:1px,stroke-dasharray:3 3',
  regional: 'fill:none,stroke:#00A4A6,stroke-width:1.5px,stroke-dasharray:6 4',
  external: 'fill:none,stroke:#7D8998,stroke-width:1.5px,stroke-dasharray:2 4',
};
const PUBLIC_TIER_STYLE = 'fill:#7AA11614,stroke:#7AA116,stroke-width:1px';
const PRIVATE_TIER_STYLE = 'fill:#00A4A614,stroke:#00A4A6,stroke-width:1px';

const EDGE_STYLE: Readonly<Record<EdgeStyle, { arrow: string; css?: string }>> = {
  flow: { arrow: '-->', css: 'stroke-width:1.6px' },
  event: { arrow: '-->', css: 'stroke:#E7157B,stroke-width:1.6px' },
  permission: { arrow: '-.->', css: 'stroke:#DD344C,stroke-width:1px' },
  reference: { arrow: '-->', css: 'stroke:#7D8998,stroke-width:0.8px' },
};

/** Fallback shapes per family, in Mermaid's classic syntax: `open` + label + `close`. */
const FAMILY_SHAPE: Readonly<Record<ServiceFamily, [string, string]>> = {
  compute: ['("', '")'],
  container: ['("', '")'],
  storage: ['[("', '")]'],
  database: ['[("', '")]'],
  messaging: ['{{"', '"}}'],
  integration: ['{{"', '"}}'],
  api: ['(["', '"])'],
  networking: ['(["', '"])'],
  edge: ['(["', '"])'],
  security: ['[/"', '"/]'],
  management: ['["', '"]'],
  analytics: ['[("', '")]'],
  external: ['[["', '"]]'],
  other: ['["', '"]'],
};

/**
 * Mermaid flowchart text for a diagram model. Every piece of template text goes through
 * `mermaidText`, and every id Mermaid sees is generated (`n0`, `g0`), so nothing a template
 * says can change the structure of the chart.
 */
export function toMermaid(model: DiagramModel, options: MermaidOptions = {}): MermaidDiagram {
  const lines = [`flowchart ${model.direction}`, `%% ArchLens architecture diagram, ${model.view} view`];
  const nodeIds: Record<string, string> = {};
  const groupIds: Record<string, string> = {};
  const mermaidIdOf = new Map<string, string>();
  model.nodes.forEach((node, index) => {
    mermaidIdOf.set(node.id, `n${index}`);
    nodeIds[`n${index}`] = node.id;
  });
  const nodesById = new Map(model.nodes.map((node) => [node.id, node]));
  const classes = new Map<string, string[]>();
  const addClass = (name: string, id: string) => (classes.get(name) ?? classes.set(name, []).get(name)!).push(id);
  const groupStyles: string[] = [];
  let groupCounter = 0;

  const writeGroup = (group: DiagramGroup, indent: string): void => {
    const id = `g${groupCounter++}`;
    if (group.resourceId) groupIds[id] = group.resourceId;
    lines.push(`${indent}subgraph ${id}["${mermaidText(group.label)}"]`);
    // A subgraph with no link to the outside lays out top-down unless told otherwise.
    lines.push(`${indent}  direction ${model.direction}`);
    // Dagre stacks sibling boxes in reverse order of declaration; declaring them backwards
    // shows AZ 1 before AZ 2, and public subnets before private ones.
    for (const child of [...group.children].reverse()) writeGroup(child, `${indent}  `);
    for (const nodeId of group.nodeIds) {
      const node = nodesById.get(nodeId);
      if (node) lines.push(`${indent}  ${nodeLine(node, mermaidIdOf.get(nodeId)!, options.icons === true)}`);
    }
    lines.push(`${indent}end`);
    const style = group.kind === 'tier' ? (group.key.endsWith('tier:public') ? PUBLIC_TIER_STYLE : PRIVATE_TIER_STYLE) : GROUP_STYLE[group.kind];
    groupStyles.push(`  style ${id} ${style}`);
  };
  for (const group of model.groups) writeGroup(group, '  ');

  const linkStyles = new Map<EdgeStyle, number[]>();
  model.edges.forEach((edge, index) => {
    const from = mermaidIdOf.get(edge.from);
    const to = mermaidIdOf.get(edge.to);
    if (!from || !to) return;
    const { arrow } = EDGE_STYLE[edge.style];
    lines.push(edge.label ? `  ${from} ${arrow}|"${mermaidText(edge.label)}"| ${to}` : `  ${from} ${arrow} ${to}`);
    (linkStyles.get(edge.style) ?? linkStyles.set(edge.style, []).get(edge.style)!).push(index);
  });

  for (const node of model.nodes) {
    const id = mermaidIdOf.get(node.id)!;
    const drawnAsIcon = options.icons === true && node.icon !== undefined;
    if (drawnAsIcon) addClass(node.severity ? `icon_${node.severity}` : 'icon_plain', id);
    else {
      addClass(`family_${node.family}`, id);
      if (node.severity) addClass(`severity_${node.severity}`, id);
    }
  }

  for (const name of classes.keys()) lines.push(`  classDef ${name} ${CLASS_STYLES[name]}`);
  for (const [name, ids] of classes) lines.push(`  class ${ids.join(',')} ${name}`);
  lines.push(...groupStyles);
  for (const [style, indexes] of linkStyles) {
    const css = EDGE_STYLE[style].css;
    if (css) lines.push(`  linkStyle ${indexes.join(',')} ${css}`);
  }
  return { text: `${lines.join('\n')}\n`, nodeIds, groupIds };
}

function nodeLine(node: DiagramNode, id: string, icons: boolean): string {
  const title = node.count !== undefined ? `${node.typeLabel}` : node.id;
  const subtitle = node.count !== undefined ? `${node.count} ${node.count === 1 ? 'resource' : 'resources'}` : node.typeLabel;
  const label = `${mermaidText(title)}<br/>${mermaidText(subtitle)}`;
  if (icons && node.icon) {
    // The label goes last: Mermaid strips a trailing ';' from lines that contain 'style…:…#',
    // and template text (which may spell 'style') must never be followed by a ':'.
    return `${id}@{ icon: "${node.icon}", form: "square", pos: "b", h: 40, label: "${label}" }`;
  }
  const [open, close] = FAMILY_SHAPE[node.family];
  return `${id}${open}${label}${close}`;
}
