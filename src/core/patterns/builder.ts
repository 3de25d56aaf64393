import { note, ref, type Value, type ValueMap } from './values';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

export interface ParameterSpec {
  Type: string;
  Description: string;
  Default?: string | number;
  AllowedValues?: Array<string | number>;
  AllowedPattern?: string;
  ConstraintDescription?: string;
  MinLength?: number;
  MaxLength?: number;
  MinValue?: number;
  MaxValue?: number;
  NoEcho?: boolean;
}

export interface ResourceExtras {
  condition?: string;
  dependsOn?: string | string[];
  deletionPolicy?: 'Delete' | 'Retain' | 'Snapshot' | 'RetainExceptOnCreate';
  updateReplacePolicy?: 'Delete' | 'Retain' | 'Snapshot';
  updatePolicy?: ValueMap;
  metadata?: ValueMap;
}

export interface OutputSpec {
  Description: string;
  Value: Value;
  Condition?: string;
  /** Export name; usually `!Sub ${AWS::StackName}-Thing`. */
  Export?: Value;
}

/** A built template: header comment lines plus the ordered body (with `Noted` comments). */
export interface TemplateDocument {
  header: string[];
  body: ValueMap;
}

interface Entry {
  value: Value;
  comment?: string;
}

const PARAMETER_KEY_ORDER: Array<keyof ParameterSpec> = [
  'Type', 'Description', 'Default', 'AllowedValues', 'AllowedPattern', 'ConstraintDescription',
  'MinLength', 'MaxLength', 'MinValue', 'MaxValue', 'NoEcho',
];

/**
 * Collects what blocks contribute and writes the template in CloudFormation's usual
 * order: AWSTemplateFormatVersion, Transform, Description, Metadata, Parameters,
 * Mappings, Conditions, Resources, Outputs. Logical ids must be unique across blocks.
 */
export class TemplateBuilder {
  private readonly parameters = new Map<string, Entry>();
  private readonly mappings = new Map<string, Entry>();
  private readonly conditions = new Map<string, Entry>();
  private readonly resources = new Map<string, Entry & { type: string }>();
  private readonly outputs = new Map<string, Entry>();
  private readonly headerLines: string[] = [];
  private sam = false;
  description = '';
  metadata: ValueMap = {};

  header(...lines: string[]): void {
    this.headerLines.push(...lines);
  }

  /** Marks the template as SAM: adds `Transform: AWS::Serverless-2016-10-31`. */
  useSam(): void {
    this.sam = true;
  }

  get usesSam(): boolean {
    return this.sam;
  }

  parameter(id: string, spec: ParameterSpec, comment?: string): ValueMap {
    this.claim(id, this.parameters);
    const ordered: ValueMap = {};
    for (const key of PARAMETER_KEY_ORDER) {
      const value = spec[key];
      if (value !== undefined) ordered[key] = value as Value;
    }
    this.parameters.set(id, { value: ordered, comment });
    return ref(id);
  }

  hasParameter(id: string): boolean {
    return this.parameters.has(id);
  }

  mapping(id: string, value: ValueMap, comment?: string): string {
    this.claim(id, this.mappings);
    this.mappings.set(id, { value, comment });
    return id;
  }

  condition(id: string, expression: Value, comment?: string): string {
    this.claim(id, this.conditions);
    this.conditions.set(id, { value: expression, comment });
    return id;
  }

  resource(id: string, type: string, properties: ValueMap | undefined, comment?: string, extras: ResourceExtras = {}): string {
    this.claim(id, this.resources);
    const body: ValueMap = { Type: type };
    if (extras.condition) body.Condition = extras.condition;
    if (extras.dependsOn) body.DependsOn = extras.dependsOn;
    if (extras.metadata) body.Metadata = extras.metadata;
    if (extras.deletionPolicy) body.DeletionPolicy = extras.deletionPolicy;
    if (extras.updateReplacePolicy) body.UpdateReplacePolicy = extras.updateReplacePolicy;
    if (extras.updatePolicy) body.UpdatePolicy = extras.updatePolicy;
    if (properties && Object.keys(properties).length > 0) body.Properties = properties;
    this.resources.set(id, { value: body, comment, type });
    return id;
  }

  hasResource(id: string): boolean {
    return this.resources.has(id);
  }

  resourceType(id: string): string | undefined {
    return this.resources.get(id)?.type;
  }

  output(id: string, spec: OutputSpec, comment?: string): string {
    this.claim(id, this.outputs);
    const body: ValueMap = { Description: spec.Description };
    if (spec.Condition) body.Condition = spec.Condition;
    body.Value = spec.Value;
    if (spec.Export) body.Export = { Name: spec.Export };
    this.outputs.set(id, { value: body, comment });
    return id;
  }

  build(): TemplateDocument {
    const body: ValueMap = { AWSTemplateFormatVersion: '2010-09-09' };
    if (this.sam) body.Transform = SAM_TRANSFORM;
    if (this.description) body.Description = this.description;
    if (Object.keys(this.metadata).length > 0) body.Metadata = this.metadata;
    const section = (name: string, entries: Map<string, Entry>) => {
      if (entries.size === 0) return;
      const out: ValueMap = {};
      for (const [id, entry] of entries) out[id] = entry.comment ? note(entry.comment, entry.value) : entry.value;
      body[name] = out;
    };
    section('Parameters', this.parameters);
    section('Mappings', this.mappings);
    section('Conditions', this.conditions);
    section('Resources', this.resources);
    section('Outputs', this.outputs);
    return { header: [...this.headerLines], body };
  }

  private claim(id: string, section: Map<string, unknown>): void {
    if (!/^[A-Za-z0-9]+$/.test(id)) throw new Error(`Logical id "${id}" must be alphanumeric`);
    if (section.has(id)) throw new Error(`Logical id "${id}" is used twice`);
    if (section !== this.outputs && (this.parameters.has(id) || this.resources.has(id))) {
      throw new Error(`Logical id "${id}" is already a parameter or resource`);
    }
  }
}
