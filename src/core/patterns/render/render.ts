import type { TemplateDocument } from '../builder';
import { toPlainValue, Noted, type ValueMap } from '../values';
import { mapLines, yamlScalarText } from './yamlText';

export type PatternFormat = 'yaml' | 'json';

const SPACED_SECTIONS = new Set(['Parameters', 'Conditions', 'Resources', 'Outputs', 'Mappings']);

/** The YAML form: header comments, short-form tags, a blank line between resources. */
export function renderYaml(document: TemplateDocument): string {
  const lines = document.header.map((line) => (line ? `# ${line}` : '#'));
  if (lines.length > 0) lines.push('');
  const sections = Object.entries(document.body);
  sections.forEach(([key, value], index) => {
    if (index > 0 && (SPACED_SECTIONS.has(key) || SPACED_SECTIONS.has(sections[index - 1][0]))) lines.push('');
    if (SPACED_SECTIONS.has(key) && !(value instanceof Noted)) {
      lines.push(`${yamlScalarText(key)}:`, ...mapLines(value as ValueMap, 2, true));
    } else {
      lines.push(...mapLines({ [key]: value }, 0));
    }
  });
  return `${lines.join('\n')}\n`;
}

/** The JSON form: the same template, two-space indent, comments dropped. */
export function renderJson(document: TemplateDocument): string {
  return `${JSON.stringify(toPlainValue(document.body), null, 2)}\n`;
}

export function renderDocument(document: TemplateDocument, format: PatternFormat): string {
  return format === 'json' ? renderJson(document) : renderYaml(document);
}
