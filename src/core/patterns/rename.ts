import { isValueMap, Noted, type Value, type ValueMap } from './values';

/** Old → new names, per namespace: ids (parameters, resources, conditions), outputs, mappings. */
export interface Renames {
  ids: Map<string, string>;
  outputs: Map<string, string>;
  mappings: Map<string, string>;
}

const SUB_VARIABLE = /\$\{(?!!)([^}]+)\}/g;

/**
 * Applies renames to a pattern's template, everywhere a name is used: `Ref`, `GetAtt`,
 * `Sub` variables, `DependsOn`, `Condition` (resource, output, `Fn::If`, `Condition`
 * function), `FindInMap`. Physical names written into `Sub` strings (for example
 * `${AWS::StackName}-TodoApi`) follow too, so two copies never share a unique name.
 */
export function renameTemplate(body: ValueMap, renames: Renames): ValueMap {
  const id = (name: string) => renames.ids.get(name) ?? name;
  const out: ValueMap = {};
  for (const [section, value] of Object.entries(body)) {
    const inner = value instanceof Noted ? value.value : value;
    if (!isValueMap(inner) || !['Parameters', 'Conditions', 'Resources', 'Outputs', 'Mappings'].includes(section)) {
      out[section] = value;
      continue;
    }
    const names = section === 'Outputs' ? renames.outputs : section === 'Mappings' ? renames.mappings : renames.ids;
    const renamed: ValueMap = {};
    for (const [key, entry] of Object.entries(inner)) {
      const newKey = names.get(key) ?? key;
      renamed[newKey] = section === 'Mappings' ? entry : mapNoted(entry, (v) => renameEntry(section, v, renames, id));
    }
    out[section] = value instanceof Noted ? new Noted(value.comment, renamed) : renamed;
  }
  return out;
}

function mapNoted(value: Value, fn: (v: Value) => Value): Value {
  return value instanceof Noted ? new Noted(value.comment, mapNoted(value.value, fn)) : fn(value);
}

function renameEntry(section: string, entry: Value, renames: Renames, id: (name: string) => string): Value {
  if (!isValueMap(entry)) return renameValue(entry, renames);
  const out: ValueMap = {};
  for (const [key, value] of Object.entries(entry)) {
    if ((section === 'Resources' || section === 'Outputs') && key === 'Condition' && typeof value === 'string') out[key] = id(value);
    else if (section === 'Resources' && key === 'DependsOn') out[key] = Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? id(v) : v)) : typeof value === 'string' ? id(value) : value;
    else out[key] = renameValue(value, renames);
  }
  return out;
}

export function renameValue(value: Value, renames: Renames): Value {
  if (value instanceof Noted) return new Noted(value.comment, renameValue(value.value, renames));
  if (Array.isArray(value)) return value.map((item) => renameValue(item, renames));
  if (!isValueMap(value)) return value;
  const keys = Object.keys(value);
  const id = (name: string) => renames.ids.get(name) ?? name;
  if (keys.length === 1) {
    const [key] = keys;
    const arg = value[key];
    if (key === 'Ref' && typeof arg === 'string') return { Ref: id(arg) };
    if (key === 'Condition' && typeof arg === 'string') return { Condition: id(arg) };
    if (key === 'Fn::GetAtt' && Array.isArray(arg) && typeof arg[0] === 'string') return { 'Fn::GetAtt': [id(arg[0]), ...arg.slice(1).map((a) => renameValue(a, renames))] };
    if (key === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') return { 'Fn::If': [id(arg[0]), ...arg.slice(1).map((a) => renameValue(a, renames))] };
    if (key === 'Fn::FindInMap' && Array.isArray(arg) && typeof arg[0] === 'string') {
      return { 'Fn::FindInMap': [renames.mappings.get(arg[0]) ?? arg[0], ...arg.slice(1).map((a) => renameValue(a, renames))] };
    }
    if (key === 'Fn::Sub') {
      const text = Array.isArray(arg) ? arg[0] : arg;
      const locals = Array.isArray(arg) && isValueMap(arg[1]) ? arg[1] : undefined;
      if (typeof text === 'string') {
        const renamed = renameSubText(text, renames, new Set(Object.keys(locals ?? {})));
        return { 'Fn::Sub': locals ? [renamed, renameValue(locals, renames)] : renamed };
      }
    }
  }
  const out: ValueMap = {};
  for (const [key, item] of Object.entries(value)) out[key] = renameValue(item, renames);
  return out;
}

/** Renames `${Id}` / `${Id.Attr}` variables, and ids written literally into physical names. */
export function renameSubText(text: string, renames: Renames, locals: ReadonlySet<string> = new Set()): string {
  if (renames.ids.size === 0) return text;
  const parts = text.split(SUB_VARIABLE);
  // split() with one capture group alternates literal text and variable names.
  return parts
    .map((part, index) => {
      if (index % 2 === 0) return renameLiteralTokens(part, renames.ids);
      const dot = part.indexOf('.');
      const name = dot < 0 ? part.trim() : part.slice(0, dot).trim();
      if (locals.has(name)) return `\${${part}}`;
      const renamed = renames.ids.get(name);
      return renamed ? `\${${renamed}${dot < 0 ? '' : part.slice(dot)}}` : `\${${part}}`;
    })
    .join('');
}

/** `-TodoApi` → `-TodoApi2` and `-siteoac-` → `-siteoac2-`, only as whole words. */
function renameLiteralTokens(text: string, ids: ReadonlyMap<string, string>): string {
  // `${!Literal}` is written out as `${Literal}`: not a name of this template.
  return text
    .split(/(\$\{![^}]*\})/)
    .map((part, index) => (index % 2 === 1 ? part : renameWords(part, ids)))
    .join('');
}

function renameWords(text: string, ids: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [from, to] of ids) {
    for (const [a, b] of [
      [from, to],
      [from.toLowerCase(), to.toLowerCase()],
    ]) {
      out = out.replace(new RegExp(`(^|[^A-Za-z0-9])${a}(?![A-Za-z0-9])`, 'g'), `$1${b}`);
    }
  }
  return out;
}
