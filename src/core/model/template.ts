import { parseSource, type ParseOptions, type ParsedSource } from '../parse/parseTemplate';
import { isMap, isScalar, isSeq, mapGet, scalarString, type CfnMap, type CfnNode, type TemplatePath } from '../parse/nodes';
import { hasSamTransform, isTemplateRoot, looksLikeTemplateText } from './detect';
import { mergeGlobals, SAM_GLOBAL_SECTIONS } from './globals';

export interface Parameter {
  name: string;
  type: string | undefined;
  default: CfnNode | undefined;
  noEcho: boolean;
  node: CfnMap;
}

export interface Resource {
  id: string;
  type: string;
  node: CfnMap;
  /** Properties as written in the resource. */
  properties: CfnMap | undefined;
  /**
   * Properties as CloudFormation sees them: for SAM resources, `Globals` merged in.
   * Nodes keep their own spans, and `Template.pathOf` tells where each one sits.
   */
  effectiveProperties: CfnMap | undefined;
  condition: string | undefined;
  dependsOn: string[];
  metadata: CfnNode | undefined;
  deletionPolicy: string | undefined;
  /** Rule ids silenced for this resource through `Metadata.archlens.ignore`. */
  ignoredRules: Set<string>;
}

export interface Template {
  source: ParsedSource;
  root: CfnMap | undefined;
  /** True for CloudFormation/SAM templates, and for broken text that looks like one. */
  isTemplate: boolean;
  isSam: boolean;
  parameters: Map<string, Parameter>;
  mappings: CfnMap | undefined;
  conditions: Map<string, CfnNode>;
  resources: Map<string, Resource>;
  outputs: Map<string, CfnNode>;
  globals: CfnMap | undefined;
  ignoredRules: Set<string>;
  resourcesOfType(type: string): Resource[];
  /** Where a node of this template sits, as a path from the root. */
  pathOf(node: CfnNode): TemplatePath | undefined;
}

/** Parses text and builds the template model. Never throws. */
export function loadTemplate(text: string, options: ParseOptions = {}): Template {
  return buildTemplate(parseSource(text, options));
}

export function buildTemplate(source: ParsedSource): Template {
  const root = isMap(source.root) ? source.root : undefined;
  const isTemplate = root && !source.hasFatalProblem ? isTemplateRoot(root) : looksLikeTemplateText(source.text) || isTemplateRoot(root);
  const paths = new Map<CfnNode, TemplatePath>();
  if (root) indexPaths(root, [], paths);

  const globals = isMap(mapGet(root, 'Globals')) ? (mapGet(root, 'Globals') as CfnMap) : undefined;
  const resources = new Map<string, Resource>();
  const byType = new Map<string, Resource[]>();
  const resourcesNode = mapGet(root, 'Resources');
  if (isMap(resourcesNode)) {
    for (const entry of resourcesNode.entries) {
      if (!isMap(entry.value)) continue;
      const resource = readResource(entry.key, entry.value, globals, (merged, own) => {
        const ownPath = paths.get(own);
        if (ownPath) paths.set(merged, ownPath);
      });
      resources.set(entry.key, resource);
      const list = byType.get(resource.type) ?? [];
      list.push(resource);
      byType.set(resource.type, list);
    }
  }

  return {
    source,
    root,
    isTemplate,
    isSam: hasSamTransform(root),
    parameters: readParameters(mapGet(root, 'Parameters')),
    mappings: isMap(mapGet(root, 'Mappings')) ? (mapGet(root, 'Mappings') as CfnMap) : undefined,
    conditions: readNamedMap(mapGet(root, 'Conditions')),
    resources,
    outputs: readNamedMap(mapGet(root, 'Outputs')),
    globals,
    ignoredRules: readIgnores(mapGet(root, 'Metadata')),
    resourcesOfType: (type) => byType.get(type) ?? [],
    pathOf: (node) => paths.get(node),
  };
}

function readResource(
  id: string,
  node: CfnMap,
  globals: CfnMap | undefined,
  onMerged: (merged: CfnNode, own: CfnNode) => void,
): Resource {
  const type = scalarString(mapGet(node, 'Type')) ?? '';
  const properties = isMap(mapGet(node, 'Properties')) ? (mapGet(node, 'Properties') as CfnMap) : undefined;
  const globalSection = SAM_GLOBAL_SECTIONS[type];
  const globalProps = globalSection ? mapGet(globals, globalSection) : undefined;
  const effectiveProperties = isMap(globalProps) ? mergeGlobals(globalProps, properties, onMerged) : properties;
  const dependsOnNode = mapGet(node, 'DependsOn');
  const dependsOn = isSeq(dependsOnNode)
    ? dependsOnNode.items.map(scalarString).filter((s): s is string => !!s)
    : scalarString(dependsOnNode)
      ? [scalarString(dependsOnNode) as string]
      : [];
  const metadata = mapGet(node, 'Metadata');
  return {
    id,
    type,
    node,
    properties,
    effectiveProperties,
    condition: scalarString(mapGet(node, 'Condition')),
    dependsOn,
    metadata,
    deletionPolicy: scalarString(mapGet(node, 'DeletionPolicy')),
    ignoredRules: readIgnores(metadata),
  };
}

function readParameters(node: CfnNode | undefined): Map<string, Parameter> {
  const parameters = new Map<string, Parameter>();
  if (!isMap(node)) return parameters;
  for (const entry of node.entries) {
    if (!isMap(entry.value)) continue;
    const noEcho = mapGet(entry.value, 'NoEcho');
    parameters.set(entry.key, {
      name: entry.key,
      type: scalarString(mapGet(entry.value, 'Type')),
      default: mapGet(entry.value, 'Default'),
      noEcho: isScalar(noEcho) && String(noEcho.value).toLowerCase() === 'true',
      node: entry.value,
    });
  }
  return parameters;
}

function readNamedMap(node: CfnNode | undefined): Map<string, CfnNode> {
  const out = new Map<string, CfnNode>();
  if (isMap(node)) for (const entry of node.entries) out.set(entry.key, entry.value);
  return out;
}

/** `Metadata: { archlens: { ignore: [AL301] } }`, or a single id as a string. */
function readIgnores(metadata: CfnNode | undefined): Set<string> {
  const ignore = mapGet(mapGet(metadata, 'archlens'), 'ignore');
  const ids = isSeq(ignore) ? ignore.items.map(scalarString) : [scalarString(ignore)];
  return new Set(ids.filter((id): id is string => !!id).map((id) => id.toUpperCase()));
}

/** Records the first path at which each node appears (aliases can share nodes). */
function indexPaths(node: CfnNode, path: (string | number)[], paths: Map<CfnNode, TemplatePath>): void {
  if (paths.has(node)) return;
  paths.set(node, path.slice());
  if (node.kind === 'map') {
    for (const entry of node.entries) {
      path.push(entry.key);
      indexPaths(entry.value, path, paths);
      path.pop();
    }
  } else if (node.kind === 'seq') {
    node.items.forEach((item, index) => {
      path.push(index);
      indexPaths(item, path, paths);
      path.pop();
    });
  }
}
