/**
 * Checks templates against the AWS resource specification published on npm as
 * `@aws-cdk/aws-service-spec`: every resource type and property exists, every required
 * property is present, nested property types match, and every GetAtt attribute exists.
 * The database (db.json.gz) is read directly so the test bundle needn't include it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

interface SpecType {
  type: string;
  element?: SpecType;
  types?: SpecType[];
  reference?: { $ref: string };
}
interface SpecProperty {
  type: SpecType;
  previousTypes?: SpecType[];
  required?: boolean;
}
interface SpecResource {
  $id: string;
  cloudFormationType: string;
  properties: Record<string, SpecProperty>;
  attributes: Record<string, unknown>;
}
interface SpecTypeDefinition {
  $id: string;
  name: string;
  properties: Record<string, SpecProperty>;
}

export interface AwsSpec {
  resources: Map<string, SpecResource>;
  types: Map<string, SpecTypeDefinition>;
}

let cached: AwsSpec | undefined;

export function loadAwsSpec(): AwsSpec {
  if (cached) return cached;
  const file = join(process.cwd(), 'node_modules', '@aws-cdk', 'aws-service-spec', 'db.json.gz');
  const db = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  const resources = new Map<string, SpecResource>();
  for (const resource of db.schema.resource.entities as SpecResource[]) resources.set(resource.cloudFormationType, resource);
  const types = new Map<string, SpecTypeDefinition>();
  for (const type of db.schema.typeDefinition.entities as SpecTypeDefinition[]) types.set(type.$id, type);
  cached = { resources, types };
  return cached;
}

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function intrinsic(value: Json): { name: string; arg: Json } | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const name = keys[0];
  return name === 'Ref' || name.startsWith('Fn::') ? { name, arg: value[name] } : undefined;
}

export function validateTemplateAgainstSpec(template: Record<string, Json>, spec: AwsSpec = loadAwsSpec()): string[] {
  const errors: string[] = [];
  const resources = (template.Resources ?? {}) as Record<string, Record<string, Json>>;
  for (const [id, resource] of Object.entries(resources)) {
    const type = String(resource.Type);
    const definition = spec.resources.get(type);
    if (!definition) {
      errors.push(`${id}: unknown resource type ${type}`);
      continue;
    }
    const properties = resource.Properties;
    if (properties !== undefined && !isObject(properties)) {
      errors.push(`${id}: Properties must be a map`);
      continue;
    }
    validateProperties(spec, definition.properties, properties ?? {}, `${id}.Properties`, errors);
  }
  for (const { target, attribute, where } of getAtts(template)) {
    const resource = resources[target];
    const definition = resource ? spec.resources.get(String(resource.Type)) : undefined;
    if (definition && !type_isSam(definition) && !(attribute in definition.attributes)) {
      errors.push(`${where}: ${target} (${definition.cloudFormationType}) has no attribute ${attribute}`);
    }
  }
  return errors;
}

const type_isSam = (definition: SpecResource) => definition.cloudFormationType.startsWith('AWS::Serverless::');

function validateProperties(spec: AwsSpec, known: Record<string, SpecProperty>, value: Record<string, Json>, path: string, errors: string[]): void {
  for (const [name, property] of Object.entries(known)) {
    if (property.required && !(name in value)) errors.push(`${path}: required property ${name} is missing`);
  }
  for (const [name, item] of Object.entries(value)) {
    const property = known[name];
    if (!property) {
      errors.push(`${path}: unknown property ${name}`);
      continue;
    }
    const candidates = [property.type, ...(property.previousTypes ?? [])];
    validateAgainstAny(spec, candidates, item, `${path}.${name}`, errors);
  }
}

function validateAgainstAny(spec: AwsSpec, candidates: SpecType[], value: Json, path: string, errors: string[]): void {
  let best: string[] | undefined;
  for (const candidate of candidates) {
    const attempt: string[] = [];
    validateValue(spec, candidate, value, path, attempt);
    if (attempt.length === 0) return;
    if (!best || attempt.length < best.length) best = attempt;
  }
  errors.push(...(best ?? []));
}

function validateValue(spec: AwsSpec, type: SpecType, value: Json, path: string, errors: string[]): void {
  const fn = intrinsic(value);
  if (fn) {
    if (fn.name === 'Fn::If' && Array.isArray(fn.arg) && fn.arg.length === 3) {
      for (const branch of fn.arg.slice(1)) {
        if (intrinsic(branch)?.name === 'Ref' && (branch as { Ref: Json }).Ref === 'AWS::NoValue') continue;
        validateValue(spec, type, branch, path, errors);
      }
    }
    return; // Other intrinsics compute their value at deploy time.
  }
  switch (type.type) {
    case 'string':
    case 'date-time':
      if (typeof value !== 'string' && typeof value !== 'number') errors.push(`${path}: expected a string, got ${JSON.stringify(value)?.slice(0, 60)}`);
      return;
    case 'number':
    case 'integer':
      if (typeof value !== 'number' && !(typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))) errors.push(`${path}: expected a number`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') errors.push(`${path}: expected a boolean`);
      return;
    case 'json':
    case 'null':
      return;
    case 'tag':
      if (!isObject(value) || !('Key' in value) || !('Value' in value)) errors.push(`${path}: expected a { Key, Value } tag`);
      return;
    case 'array':
      if (!Array.isArray(value)) {
        errors.push(`${path}: expected a list`);
        return;
      }
      value.forEach((item, index) => validateValue(spec, type.element!, item, `${path}[${index}]`, errors));
      return;
    case 'map':
      if (!isObject(value)) {
        errors.push(`${path}: expected a map`);
        return;
      }
      for (const [key, item] of Object.entries(value)) validateValue(spec, type.element!, item, `${path}.${key}`, errors);
      return;
    case 'union':
      validateAgainstAny(spec, type.types ?? [], value, path, errors);
      return;
    case 'ref': {
      const definition = spec.types.get(type.reference!.$ref);
      if (!definition) return;
      if (!isObject(value)) {
        errors.push(`${path}: expected a ${definition.name} map`);
        return;
      }
      validateProperties(spec, definition.properties ?? {}, value, path, errors);
      return;
    }
    default:
      errors.push(`${path}: unsupported spec type ${type.type}`);
  }
}

function getAtts(template: Record<string, Json>): Array<{ target: string; attribute: string; where: string }> {
  const out: Array<{ target: string; attribute: string; where: string }> = [];
  const visit = (value: Json, where: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${where}[${i}]`));
    else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'Fn::GetAtt' && Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'string') {
          out.push({ target: item[0], attribute: item[1], where });
        } else if (key === 'Fn::Sub') {
          const text = Array.isArray(item) ? item[0] : item;
          if (typeof text === 'string') {
            for (const match of text.matchAll(/\$\{(?!!)([A-Za-z0-9]+)\.([^}]+)\}/g)) out.push({ target: match[1], attribute: match[2], where });
          }
          if (Array.isArray(item)) visit(item[1], `${where}.Fn::Sub`);
        } else visit(item, `${where}.${key}`);
      }
    }
  };
  visit(template.Resources, 'Resources');
  visit(template.Outputs, 'Outputs');
  return out;
}
