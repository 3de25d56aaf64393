/**
 * The value tree a pattern is written in: JSON-like, intrinsics in long form, plus
 * `Noted` wrappers that carry a YAML comment and vanish in JSON.
 */
export type Value = string | number | boolean | null | Value[] | ValueMap | Noted;
export interface ValueMap {
  [key: string]: Value;
}

/** A value with a short comment tying it to the lesson; YAML writes it above the key. */
export class Noted {
  constructor(
    readonly comment: string,
    readonly value: Value,
  ) {}
}

export const note = (comment: string, value: Value): Noted => new Noted(comment, value);

export function isValueMap(value: Value): value is ValueMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Noted);
}

export const unwrap = (value: Value): Exclude<Value, Noted> => (value instanceof Noted ? unwrap(value.value) : value);

// Intrinsic functions, written the way the template builder stores them (long form).
export const ref = (name: string): ValueMap => ({ Ref: name });
export const getAtt = (resource: string, attribute: string): ValueMap => ({ 'Fn::GetAtt': [resource, attribute] });
export const sub = (text: string, variables?: ValueMap): ValueMap => ({ 'Fn::Sub': variables ? [text, variables] : text });
export const join = (separator: string, parts: Value[]): ValueMap => ({ 'Fn::Join': [separator, parts] });
export const select = (index: number, list: Value): ValueMap => ({ 'Fn::Select': [index, list] });
export const getAZs = (): ValueMap => ({ 'Fn::GetAZs': '' });
/** The AZ at `index` of the stack's region, so subnets spread without naming zones. */
export const az = (index: number): ValueMap => select(index, getAZs());
export const cidr = (block: Value, count: number, bits: number): ValueMap => ({ 'Fn::Cidr': [block, count, bits] });
export const iff = (condition: string, whenTrue: Value, whenFalse: Value): ValueMap => ({ 'Fn::If': [condition, whenTrue, whenFalse] });
export const equals = (a: Value, b: Value): ValueMap => ({ 'Fn::Equals': [a, b] });
export const not = (condition: Value): ValueMap => ({ 'Fn::Not': [condition] });
export const and = (...conditions: Value[]): ValueMap => ({ 'Fn::And': conditions });
export const or = (...conditions: Value[]): ValueMap => ({ 'Fn::Or': conditions });
export const condition = (name: string): ValueMap => ({ Condition: name });
export const base64 = (value: Value): ValueMap => ({ 'Fn::Base64': value });
export const noValue = (): ValueMap => ref('AWS::NoValue');

/** `Key`/`Value` pairs for Tags. */
export const tags = (pairs: Record<string, Value>): Value[] => Object.entries(pairs).map(([Key, value]) => ({ Key, Value: value }));

/** Removes `Noted` wrappers: the value exactly as JSON holds it. */
export function toPlainValue(value: Value): unknown {
  const inner = unwrap(value);
  if (Array.isArray(inner)) return inner.map(toPlainValue);
  if (isValueMap(inner)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(inner)) out[key] = toPlainValue(item);
    return out;
  }
  return inner;
}

/**
 * The last 12 hex digits of the stack's id: lower case, unique per stack, and known
 * before any resource exists. Used to name a bucket that its own notification's
 * permission must name without referencing it (which would be a dependency cycle).
 */
export const stackSuffix = (): ValueMap => select(4, { 'Fn::Split': ['-', select(2, { 'Fn::Split': ['/', ref('AWS::StackId')] })] });
