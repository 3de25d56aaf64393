import { LONG_TO_SHORT } from '../parse/intrinsicTags';
import type { SourceFormat } from '../parse/parseTemplate';

/** A value to write into a template: JSON-like, with intrinsics in long form (`{ Ref: 'X' }`). */
export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };

export interface WriteStyle {
  format: SourceFormat;
  /** Spaces per nesting level in this file. */
  indentUnit: number;
  /** Write `!Ref X` rather than `Ref: X` (YAML files that already use short forms). */
  shortForm: boolean;
}

const PLAIN_SAFE = /^[A-Za-z0-9_./:@$-][A-Za-z0-9_./:@$ -]*$/;
// Plain scalars a YAML reader would not read back as the same string (YAML 1.1 readers included).
const LOOKS_TYPED = /^(true|false|yes|no|y|n|on|off|null|~|[-+]?(\d[\d_]*)?\.?\d+([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\d{4}-\d\d?-\d\d?.*|[-+]?\.(inf|nan))$/i;

export function yamlScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  if (value !== '' && PLAIN_SAFE.test(value) && !LOOKS_TYPED.test(value) && !value.endsWith(' ') && !value.includes(': ') && !value.includes(' #')) {
    return value;
  }
  return `'${value.replace(/'/g, "''")}'`;
}

function isPlainObject(value: PlainValue): value is { [key: string]: PlainValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A one-key intrinsic that YAML can write on one line with a short tag. */
function shortFormOf(value: PlainValue, style: WriteStyle): string | undefined {
  if (!style.shortForm || !isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const tag = LONG_TO_SHORT[keys[0]];
  const arg = value[keys[0]];
  if (!tag) return undefined;
  if (keys[0] === 'Fn::GetAtt' && Array.isArray(arg) && arg.length === 2 && arg.every((a) => typeof a === 'string')) {
    return `${tag} ${arg[0]}.${arg[1]}`;
  }
  if (typeof arg === 'string' || typeof arg === 'number') return `${tag} ${yamlScalar(arg)}`;
  if (Array.isArray(arg) && arg.every((a) => typeof a !== 'object' || a === null || shortFormOf(a, style))) {
    return `${tag} [${arg.map((a) => (typeof a === 'object' && a !== null ? shortFormOf(a, style) : yamlScalar(a as string))).join(', ')}]`;
  }
  return undefined;
}

/**
 * YAML lines for `key: value` at the given column, block style. Returned without a
 * trailing newline; continuation lines carry their own indentation.
 */
export function yamlEntry(key: string, value: PlainValue, column: number, style: WriteStyle): string {
  const pad = ' '.repeat(column);
  const short = shortFormOf(value, style);
  if (short) return `${pad}${yamlScalar(key)}: ${short}`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return `${pad}${yamlScalar(key)}: {}`;
    return `${pad}${yamlScalar(key)}:\n${keys.map((k) => yamlEntry(k, value[k], column + style.indentUnit, style)).join('\n')}`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return `${pad}${yamlScalar(key)}: []`;
    return `${pad}${yamlScalar(key)}:\n${value.map((item) => yamlItem(item, column + style.indentUnit, style)).join('\n')}`;
  }
  return `${pad}${yamlScalar(key)}: ${yamlScalar(value)}`;
}

/** A block sequence item `- value` at the given column. */
export function yamlItem(value: PlainValue, column: number, style: WriteStyle): string {
  const pad = ' '.repeat(column);
  const short = shortFormOf(value, style);
  if (short) return `${pad}- ${short}`;
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    const lines = Object.keys(value).map((k) => yamlEntry(k, value[k], column + 2, style));
    return `${pad}- ${lines.join('\n').slice(column + 2)}`;
  }
  if (Array.isArray(value) || isPlainObject(value)) return `${pad}- ${JSON.stringify(value)}`;
  return `${pad}- ${yamlScalar(value)}`;
}

/** A scalar or inline value as it would be written after `key: ` in this format. */
export function inlineValue(value: PlainValue, style: WriteStyle): string {
  if (style.format === 'json') return JSON.stringify(value);
  const short = shortFormOf(value, style);
  if (short) return short;
  if (Array.isArray(value)) return `[${value.map((item) => inlineValue(item, style)).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([key, item]) => `${yamlScalar(key)}: ${inlineValue(item, style)}`).join(', ')}}`;
  }
  return yamlScalar(value);
}

/** JSON text for a value, indented so its continuation lines start at `column`. */
export function jsonValue(value: PlainValue, column: number, style: WriteStyle): string {
  const text = JSON.stringify(value, null, style.indentUnit);
  return text.split('\n').join(`\n${' '.repeat(column)}`);
}
