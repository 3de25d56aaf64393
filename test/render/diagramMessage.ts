// Bundled by webview.test.mjs: the message the panel posts for a fixture.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeText } from '../../src/core/lint';
import { diagramContent } from '../../src/extension/diagram/diagramContent';

export function diagramMessageFor(fixture: string, generation: number) {
  const text = readFileSync(resolve(process.cwd(), 'test/fixtures/diagram', fixture), 'utf8');
  return diagramContent({
    analysis: analyzeText(text, { fileName: fixture }),
    documentUri: `file:///${fixture}`,
    title: fixture,
    view: 'essentials',
    direction: 'LR',
    generation,
    language: 'en',
  });
}
