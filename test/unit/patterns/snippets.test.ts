import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertLintClean, parsePlain } from './support/checkTemplate';
import { validateTemplateAgainstSpec } from './support/awsSpec';
import { checkReferences } from './support/references';
import { JSON_SNIPPETS_FILE, jsonSnippetFile, readSnippetSources, YAML_SNIPPETS_FILE, yamlSnippetFile } from './snippets/generate';
import { tabStops } from './snippets/snippetSyntax';
import { jsonTemplate, yamlTemplate } from './snippets/templates';

const sources = readSnippetSources();

// The snippet files are generated; UPDATE_SNIPPETS=1 rewrites them, otherwise they must match.
for (const [file, generate] of [
  [YAML_SNIPPETS_FILE, yamlSnippetFile],
  [JSON_SNIPPETS_FILE, jsonSnippetFile],
] as const) {
  test(`${file.split('/').pop()} is generated from source.snippets`, () => {
    const expected = generate(sources);
    if (process.env.UPDATE_SNIPPETS) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, expected);
    }
    assert.ok(existsSync(file), `${file} is missing; run with UPDATE_SNIPPETS=1`);
    assert.equal(readFileSync(file, 'utf8'), expected, 'regenerate with UPDATE_SNIPPETS=1 (see source.snippets)');
  });
}

test('at least 40 snippets per language, each with a unique al- prefix, a description and tab stops', () => {
  for (const file of [YAML_SNIPPETS_FILE, JSON_SNIPPETS_FILE]) {
    const snippets = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { prefix: string; description: string; body: string[] }>);
    assert.ok(snippets.length >= 40, `${file}: ${snippets.length} snippets`);
    const prefixes = snippets.map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length, 'unique prefixes');
    for (const snippet of snippets) {
      assert.match(snippet.prefix, /^al-[a-z0-9-]+$/);
      assert.ok(snippet.description.length > 20, `${snippet.prefix} has a description`);
      const stops = tabStops(snippet.body.join('\n'));
      assert.ok(stops.length > 0 && stops[0] === 1, `${snippet.prefix} has tab stops starting at 1`);
      assert.ok(stops.every((n, i) => n === i + 1), `${snippet.prefix} numbers its tab stops without gaps`);
    }
  }
  assert.ok(sources.some((s) => s.body.includes('|')), 'some snippets offer choices');
});

function assertQuality(text: string, fileName: string): void {
  const template = parsePlain(text, fileName);
  assert.deepEqual(checkReferences(template), [], `${fileName}: references resolve`);
  assert.deepEqual(validateTemplateAgainstSpec(template), [], `${fileName}: AWS spec`);
  assertLintClean(text, fileName);
}

const jsonBodies = new Map(
  Object.values(JSON.parse(jsonSnippetFile(sources)) as Record<string, { prefix: string; body: string[] }>).map((s) => [s.prefix, s.body.join('\n')]),
);

for (const source of sources) {
  test(`snippet ${source.prefix} expands into a lint-clean template (YAML and JSON)`, () => {
    assertQuality(yamlTemplate(source), `${source.prefix}.yaml`);
    assertQuality(jsonTemplate(source, jsonBodies.get(source.prefix)!), `${source.prefix}.json`);
  });
}
