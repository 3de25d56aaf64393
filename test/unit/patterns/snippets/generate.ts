/**
 * Generates the two snippet files (`contributes.snippets`) from one source:
 * test/fixtures/patterns/snippets/source.snippets. The YAML bodies are written there;
 * the JSON bodies are derived from them, so the two never drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yamlSnippetToJson } from './snippetSyntax';

export interface SnippetSource {
  prefix: string;
  name: string;
  description: string;
  /** Prerequisites (see prerequisites.ts) the lint test adds around the snippet. */
  needs: string[];
  /** Needs `Transform: AWS::Serverless-2016-10-31`. */
  sam: boolean;
  /** `resources`: entries under Resources; `template`: a whole template. */
  scope: 'resources' | 'template';
  /** YAML body in snippet syntax. */
  body: string;
}

export const SOURCE_FILE = join(process.cwd(), 'test', 'fixtures', 'patterns', 'snippets', 'source.snippets');
export const YAML_SNIPPETS_FILE = join(process.cwd(), 'snippets', 'cloudformation-yaml.code-snippets');
export const JSON_SNIPPETS_FILE = join(process.cwd(), 'snippets', 'cloudformation-json.code-snippets');

export function readSnippetSources(text = readFileSync(SOURCE_FILE, 'utf8')): SnippetSource[] {
  const sources: SnippetSource[] = [];
  const blocks = text.split(/^=== /m).slice(1);
  for (const block of blocks) {
    const [headerPart, ...bodyParts] = block.split(/^---\n/m);
    const [prefix, ...headerLines] = headerPart.split('\n');
    const header = new Map<string, string>();
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      if (colon > 0) header.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
    const body = bodyParts.join('---\n').replace(/\n+$/, '\n');
    sources.push({
      prefix: prefix.trim(),
      name: header.get('name') ?? prefix.trim(),
      description: header.get('description') ?? '',
      needs: (header.get('needs') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      sam: header.get('sam') === 'true',
      scope: header.get('scope') === 'template' ? 'template' : 'resources',
      body,
    });
  }
  return sources;
}

interface SnippetEntry {
  prefix: string;
  description: string;
  body: string[];
}

const lines = (text: string) => text.replace(/\n$/, '').split('\n');

/** The snippet name shown in completion lists: `ArchLens: <name>`. */
const title = (source: SnippetSource) => `ArchLens: ${source.name}`;

export function yamlSnippetFile(sources: readonly SnippetSource[]): string {
  const out: Record<string, SnippetEntry> = {};
  for (const source of sources) out[title(source)] = { prefix: source.prefix, description: source.description, body: lines(source.body) };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function jsonSnippetFile(sources: readonly SnippetSource[]): string {
  const out: Record<string, SnippetEntry> = {};
  for (const source of sources) {
    const members = yamlSnippetToJson(source.body);
    const body = source.scope === 'template' ? `{\n${members.split('\n').map((l) => `\t${l}`).join('\n')}\n}` : members;
    out[title(source)] = { prefix: source.prefix, description: source.description, body: lines(body) };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
