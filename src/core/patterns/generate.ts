import { TemplateBuilder, type TemplateDocument } from './builder';
import { describeOptions, resolveOptions } from './options';
import { renderDocument, type PatternFormat } from './render/render';
import type { OptionValues, PatternDefinition } from './types';
import { isValueMap, unwrap, type ValueMap } from './values';

export type { PatternFormat };

const MAX_DESCRIPTION = 1024;

/** Builds a pattern with the given options (unset ones take their defaults). */
export function buildPattern(pattern: PatternDefinition, options: OptionValues = {}): TemplateDocument {
  const { values, errors } = resolveOptions(pattern, options);
  if (errors.length > 0) throw new Error(errors.join('; '));
  const t = new TemplateBuilder();
  t.description = `${pattern.title.en} (ArchLens pattern ${pattern.id}). ${pattern.description.en}`.slice(0, MAX_DESCRIPTION);
  t.metadata = { archlens: { pattern: pattern.id, version: pattern.version, ...(pattern.options.length ? { options: values } : {}) } };
  pattern.build(t, values);
  const document = t.build();
  return { header: headerLines(pattern, values, document.body), body: document.body };
}

export function renderPattern(pattern: PatternDefinition, format: PatternFormat, options: OptionValues = {}): string {
  return renderDocument(buildPattern(pattern, options), format);
}

function headerLines(pattern: PatternDefinition, values: OptionValues, body: ValueMap): string[] {
  const lines = [`${pattern.title.en} · ArchLens pattern ${pattern.id} ${pattern.version}`, pattern.title.ko, ''];
  lines.push(...wrap(pattern.scenario.en, 88), ...wrap(pattern.scenario.ko, 60));
  lines.push('', `Seeds: ${pattern.seeds.join(', ')}`);
  if (pattern.options.length) lines.push(`Options: ${describeOptions(values)}`);
  lines.push('', 'Deploy:', ...deployCommand(pattern.id, body).map((line) => `  ${line}`));
  return lines;
}

function deployCommand(id: string, body: ValueMap): string[] {
  const resources = unwrap(body.Resources ?? {});
  const types = isValueMap(resources) ? Object.values(resources).map((r) => String((unwrap(r) as ValueMap).Type)) : [];
  const capabilities: string[] = [];
  if (types.some((type) => type.startsWith('AWS::IAM::') || type.startsWith('AWS::Serverless::'))) capabilities.push('CAPABILITY_IAM');
  if (body.Transform) capabilities.push('CAPABILITY_AUTO_EXPAND');
  const parameters = unwrap(body.Parameters ?? {});
  const required = isValueMap(parameters)
    ? Object.entries(parameters).filter(([, spec]) => !('Default' in (unwrap(spec) as ValueMap))).map(([name]) => `${name}=...`)
    : [];
  const lines = [`aws cloudformation deploy --template-file template.yaml --stack-name ${id}`];
  if (capabilities.length) lines.push(`  --capabilities ${capabilities.join(' ')}`);
  if (required.length) lines.push(`  --parameter-overrides ${required.join(' ')}`);
  return lines.map((line, index) => (index < lines.length - 1 ? `${line} \\` : line));
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
