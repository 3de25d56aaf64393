import { LONG_TO_SHORT } from '../../parse/intrinsicTags';
import { isValueMap, Noted, type Value, type ValueMap } from '../values';

/**
 * A YAML writer for templates: block style, two-space indent, short-form intrinsics
 * (`!Ref`, `!GetAtt A.B`, `!Sub`), `|` block literals for inline code, and `Noted`
 * comments written above the key they explain.
 */
const INDENT = 2;
const FLOW_WIDTH = 100;

const PLAIN = /^[A-Za-z0-9_/$][A-Za-z0-9_./:$()*,+=@ -]*$/;
const TYPED = /^(true|false|yes|no|y|n|on|off|null|~|[-+]?(\d[\d_]*)?\.?\d+([eE][-+]?\d+)?|[-+]?\.(inf|nan)|0x[0-9a-fA-F]+|0o[0-7]+|\d{4}-\d\d?-\d\d?.*)$/i;

/** A scalar as YAML writes it; `flow` also quotes the characters that end a flow item. */
export function yamlScalarText(value: string | number | boolean | null, flow = false): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  const unsafe = value === '' || !PLAIN.test(value) || TYPED.test(value) || value.endsWith(' ') || value.includes(': ') || value.includes(' #');
  if (!unsafe && !(flow && /[,:[\]{}]/.test(value))) return value;
  if (value.includes('\n') || /[\u0000-\u001f]/.test(value)) return JSON.stringify(value);
  return `'${value.replace(/'/g, "''")}'`;
}

function intrinsicOf(value: Value): { key: string; tag: string; arg: Value } | undefined {
  if (!isValueMap(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const tag = LONG_TO_SHORT[keys[0]];
  return tag ? { key: keys[0], tag, arg: value[keys[0]] } : undefined;
}

/** The one-line flow text of a value, or undefined when it needs block style. */
function flowText(value: Value): string | undefined {
  if (value instanceof Noted) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(flowText);
    return items.every((i) => i !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  if (isValueMap(value)) {
    const fn = intrinsicOf(value);
    if (!fn) return Object.keys(value).length === 0 ? '{}' : undefined;
    const arg = tagArgumentFlow(fn.key, fn.arg);
    return arg === undefined ? undefined : `${fn.tag} ${arg}`;
  }
  if (typeof value === 'string' && value.includes('\n')) return undefined;
  return yamlScalarText(value, true);
}

/** The argument after a short tag, on one line; a tag can't apply directly to another tag. */
function tagArgumentFlow(key: string, arg: Value): string | undefined {
  if (key === 'Fn::GetAtt' && Array.isArray(arg) && arg.length === 2 && arg.every((a) => typeof a === 'string')) {
    return `${arg[0]}.${arg[1]}`;
  }
  if (intrinsicOf(arg)) return undefined;
  if (isValueMap(arg)) return undefined;
  return flowText(arg);
}

const fits = (text: string | undefined, column: number): text is string => text !== undefined && column + text.length <= FLOW_WIDTH;

function commentLines(comment: string, column: number): string[] {
  const pad = ' '.repeat(column);
  return comment.split('\n').map((line) => (line ? `${pad}# ${line}` : `${pad}#`));
}

/** `|`, `|-` or `|+` with the lines of a multi-line string, indented to `column`. */
function blockLiteral(text: string, column: number): string[] {
  const trailing = /\n*$/.exec(text)![0].length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const indicator = /^[ \n]/.test(text) ? String(INDENT) : '';
  const body = trailing > 0 ? text.slice(0, text.length - trailing) : text;
  const pad = ' '.repeat(column);
  const lines = body.split('\n').map((line) => (line ? pad + line : ''));
  for (let i = 1; i < trailing; i++) lines.push('');
  return [`|${indicator}${chomp}`, ...lines];
}

/**
 * Lines for a value that follows `prefix` (`Key:` or `-`) at `column`. The first line
 * carries the prefix; continuation lines carry their own indentation.
 */
function valueLines(prefix: string, value: Value, column: number, inSequence: boolean): string[] {
  const pad = ' '.repeat(column);
  const head = `${pad}${prefix}`;
  const childColumn = column + INDENT;
  if (value instanceof Noted) return valueLines(prefix, value.value, column, inSequence);

  if (typeof value === 'string' && value.includes('\n')) {
    const [first, ...rest] = blockLiteral(value, childColumn);
    return [`${head} ${first}`, ...rest];
  }
  if (value === null || typeof value !== 'object') return [`${head} ${yamlScalarText(value)}`];
  const flow = flowText(value);
  if (fits(flow, head.length + 1)) return [`${head} ${flow}`];

  const fn = intrinsicOf(value);
  if (fn) {
    const { key, tag, arg } = fn;
    // A long `!Sub '…'` or `!Ref …` still reads best on one line.
    if (flow !== undefined && !Array.isArray(arg)) return [`${head} ${flow}`];
    if (typeof arg === 'string' && arg.includes('\n')) {
      const [first, ...rest] = blockLiteral(arg, childColumn);
      return [`${head} ${tag} ${first}`, ...rest];
    }
    if (Array.isArray(arg) && !(key === 'Fn::GetAtt')) {
      return [`${head} ${tag}`, ...arg.flatMap((item) => itemLines(item, childColumn))];
    }
    // A tag cannot sit on another tag, so the outer function keeps its long form.
    const long = isValueMap(value) ? value : {};
    return [`${head}`, ...mapLines(long, childColumn)];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`];
    const start = inSequence ? column : childColumn;
    return [head, ...value.flatMap((item) => itemLines(item, start))];
  }
  if (isValueMap(value)) {
    if (Object.keys(value).length === 0) return [`${head} {}`];
    return [head, ...mapLines(value, childColumn)];
  }
  return [`${head} ${yamlScalarText(value)}`];
}

export function mapLines(map: ValueMap, column: number, blankBetween = false): string[] {
  const out: string[] = [];
  Object.entries(map).forEach(([key, value], index) => {
    if (blankBetween && index > 0) out.push('');
    if (value instanceof Noted) out.push(...commentLines(value.comment, column));
    out.push(...valueLines(`${yamlScalarText(key)}:`, value, column, false));
  });
  return out;
}

/** A sequence item: `- scalar`, `- !Tag …`, or `- Key: …` with the rest of the map below. */
export function itemLines(item: Value, column: number): string[] {
  const pad = ' '.repeat(column);
  const comment = item instanceof Noted ? commentLines(item.comment, column) : [];
  const inner = item instanceof Noted ? item.value : item;
  if (isValueMap(inner) && !intrinsicOf(inner) && Object.keys(inner).length > 0) {
    const lines = mapLines(inner, column + INDENT);
    return [...comment, `${pad}- ${lines[0].slice(column + INDENT)}`, ...lines.slice(1)];
  }
  if (Array.isArray(inner) && inner.length > 0 && !fits(flowText(inner), column + 2)) {
    const lines = inner.flatMap((nested) => itemLines(nested, column + INDENT));
    return [...comment, `${pad}- ${lines[0].slice(column + INDENT)}`, ...lines.slice(1)];
  }
  return [...comment, ...valueLines('-', inner, column, true)];
}
