import { isMap, isSeq, type CfnEntry, type CfnMap, type CfnNode } from '../parse/nodes';

/** Which `Globals` section applies to which SAM resource type. */
export const SAM_GLOBAL_SECTIONS: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
  'AWS::Serverless::LayerVersion': 'LayerVersion',
};

/**
 * SAM's merge: the resource's scalars win, maps merge key by key, lists add up (globals
 * first). The merged map reuses the original nodes, so every value keeps its own span.
 */
export function mergeGlobals(globals: CfnMap, own: CfnMap | undefined, onMerged?: (merged: CfnNode, own: CfnNode) => void): CfnMap {
  if (!own) return globals;
  const entries: CfnEntry[] = [];
  const ownKeys = new Set(own.entries.map((e) => e.key));
  for (const entry of globals.entries) {
    if (!ownKeys.has(entry.key)) entries.push(entry);
  }
  for (const entry of own.entries) {
    const global = globals.entries.find((g) => g.key === entry.key);
    entries.push(global ? { ...entry, value: mergeValues(global.value, entry.value, onMerged) } : entry);
  }
  const merged: CfnMap = { kind: 'map', entries, span: own.span };
  onMerged?.(merged, own);
  return merged;
}

function mergeValues(global: CfnNode, own: CfnNode, onMerged?: (merged: CfnNode, own: CfnNode) => void): CfnNode {
  if (isMap(global) && isMap(own) && !isIntrinsic(own) && !isIntrinsic(global)) return mergeGlobals(global, own, onMerged);
  if (isSeq(global) && isSeq(own)) {
    const merged: CfnNode = { kind: 'seq', items: [...global.items, ...own.items], span: own.span };
    onMerged?.(merged, own);
    return merged;
  }
  return own;
}

function isIntrinsic(map: CfnMap): boolean {
  return map.entries.length === 1 && (map.entries[0].key === 'Ref' || map.entries[0].key.startsWith('Fn::'));
}
