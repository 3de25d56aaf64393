/** A snippet expanded with its defaults, inside a complete template with its prerequisites. */
import { parsePlain } from '../support/checkTemplate';
import type { SnippetSource } from './generate';
import { PREREQUISITES, resolvePrerequisites } from './prerequisites';
import { expandDefaults } from './snippetSyntax';

const SAM = 'AWS::Serverless-2016-10-31';

function indent(text: string, spaces: number): string {
  return text.replace(/\n$/, '').split('\n').map((line) => (line ? ' '.repeat(spaces) + line : line)).join('\n');
}

function prerequisiteYaml(source: SnippetSource): string {
  return resolvePrerequisites(source.needs).map((name) => PREREQUISITES[name].yaml).join('');
}

/** The snippet expanded with its defaults, with its prerequisites, as a YAML template. */
export function yamlTemplate(source: SnippetSource): string {
  const expanded = expandDefaults(source.body);
  if (source.scope === 'template') return expanded;
  const head = `AWSTemplateFormatVersion: '2010-09-09'\n${source.sam ? `Transform: ${SAM}\n` : ''}Resources:\n`;
  return `${head}${indent(expanded, 2)}\n${indent(prerequisiteYaml(source), 2)}\n`;
}

/** The same from the JSON snippet body. */
export function jsonTemplate(source: SnippetSource, jsonBody: string): string {
  const expanded = expandDefaults(jsonBody);
  if (source.scope === 'template') return expanded;
  const own = JSON.parse(`{${expanded}}`) as Record<string, unknown>;
  const prerequisites = source.needs.length ? (parsePlain(`Resources:\n${indent(prerequisiteYaml(source), 2)}\n`, 'p.yaml').Resources as Record<string, unknown>) : {};
  const template = { AWSTemplateFormatVersion: '2010-09-09', ...(source.sam ? { Transform: SAM } : {}), Resources: { ...own, ...prerequisites } };
  return `${JSON.stringify(template, null, 2)}\n`;
}

