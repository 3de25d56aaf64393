import { isMap, isScalar, isSeq, scalarString, type CfnNode, type TemplatePath } from '../parse/nodes';
import { PSEUDO_PARAMETERS } from '../model/values';

export interface Reference {
  kind: 'ref' | 'getatt' | 'sub';
  /** The logical id (resource or parameter) named. */
  target: string;
  /** GetAtt attribute, or the part after the dot in `${X.Attr}`. */
  attribute?: string;
  /** Path to the intrinsic that makes the reference. */
  path: TemplatePath;
}

/** `${Name}` and `${Name.Attr}`; `${!Literal}` is an escape, not a reference. */
const SUB_VARIABLE = /\$\{(?!!)([^}]+)\}/g;

/** The variable names a Fn::Sub string refers to, each with its attribute. */
export function subVariables(text: string): Array<{ name: string; attribute?: string }> {
  const out: Array<{ name: string; attribute?: string }> = [];
  for (const match of text.matchAll(SUB_VARIABLE)) {
    const variable = match[1].trim();
    const dot = variable.indexOf('.');
    out.push(dot < 0 ? { name: variable } : { name: variable.slice(0, dot), attribute: variable.slice(dot + 1) });
  }
  return out;
}

/**
 * Every Ref, GetAtt and Sub reference inside `node`, with the path of the intrinsic.
 * Pseudo-parameters and Sub's own local variables are left out.
 */
export function collectReferences(node: CfnNode | undefined, basePath: TemplatePath): Reference[] {
  const out: Reference[] = [];
  // One path array, pushed and popped as the walk goes; copied only for a reference found.
  const path: (string | number)[] = [...basePath];
  const visitChild = (child: CfnNode, ...steps: (string | number)[]): void => {
    if (child.kind === 'scalar') return;
    path.push(...steps);
    visit(child, path.length - basePath.length);
    path.length -= steps.length;
  };
  const visit = (current: CfnNode, depth: number): void => {
    if (depth > 200) return;
    if (isSeq(current)) {
      current.items.forEach((item, index) => visitChild(item, index));
      return;
    }
    if (!isMap(current)) return;
    if (current.entries.length === 1) {
      const { key, value } = current.entries[0];
      if (key === 'Ref') {
        const target = scalarString(value);
        if (target && !PSEUDO_PARAMETERS.has(target)) out.push({ kind: 'ref', target, path: [...path] });
        return;
      }
      if (key === 'Fn::GetAtt') {
        const parsed = getAttTarget(value);
        if (parsed) out.push({ kind: 'getatt', target: parsed.target, attribute: parsed.attribute, path: [...path] });
        else visitChild(value, key);
        return;
      }
      if (key === 'Fn::Sub') {
        const text = isSeq(value) ? scalarString(value.items[0]) : scalarString(value);
        const locals = isSeq(value) && isMap(value.items[1]) ? new Set(value.items[1].entries.map((e) => e.key)) : new Set<string>();
        for (const variable of subVariables(text ?? '')) {
          if (locals.has(variable.name) || PSEUDO_PARAMETERS.has(variable.name)) continue;
          out.push({ kind: 'sub', target: variable.name, attribute: variable.attribute, path: [...path] });
        }
        if (isSeq(value) && value.items[1]) visitChild(value.items[1], key, 1);
        return;
      }
    }
    for (const entry of current.entries) visitChild(entry.value, entry.key);
  };
  if (node) visit(node, 0);
  return out;
}

/** `Fn::GetAtt` as `[Resource, Attr]` or `"Resource.Attr"`. */
export function getAttTarget(value: CfnNode | undefined): { target: string; attribute: string } | undefined {
  if (isSeq(value) && value.items.length >= 2) {
    const target = scalarString(value.items[0]);
    const attribute = isScalar(value.items[1]) ? scalarString(value.items[1]) : undefined;
    return target ? { target, attribute: attribute ?? '' } : undefined;
  }
  const text = scalarString(value);
  if (!text) return undefined;
  const dot = text.indexOf('.');
  return dot < 0 ? undefined : { target: text.slice(0, dot), attribute: text.slice(dot + 1) };
}

/** The logical id a value refers to directly (`Ref X`, `GetAtt X.Attr`, `Sub ${X.Arn}` alone). */
export function referencedId(node: CfnNode | undefined): string | undefined {
  if (!isMap(node) || node.entries.length !== 1) return undefined;
  const { key, value } = node.entries[0];
  if (key === 'Ref') return scalarString(value);
  if (key === 'Fn::GetAtt') return getAttTarget(value)?.target;
  if (key === 'Fn::Sub') {
    const text = isSeq(value) ? scalarString(value.items[0]) : scalarString(value);
    const match = text ? /^\$\{([^}.!]+)(\.[^}]+)?\}$/.exec(text.trim()) : null;
    return match ? match[1] : undefined;
  }
  return undefined;
}
