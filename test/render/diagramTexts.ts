// Bundled by render.test.mjs: the Mermaid texts ArchLens draws for one template.
import { buildDiagram, toMermaid } from '../../src/core/diagram';
import { analyzeText } from '../../src/core/lint';
import { optionMatrix } from '../../src/core/patterns/options';
import { renderPattern } from '../../src/core/patterns/generate';
import { PATTERNS } from '../../src/core/patterns/registry';

export interface RenderCase {
  view: string;
  mermaid: string;
  nodeCount: number;
}

/** Both views, with icons as the webview draws them; none for text that is not a template. */
export function diagramsFor(text: string, fileName: string): RenderCase[] {
  const { template, graph, findings } = analyzeText(text, { fileName });
  if (!template.isTemplate || template.source.hasFatalProblem) return [];
  return (['essentials', 'all'] as const).map((view) => {
    const model = buildDiagram(template, graph, findings, { view, direction: 'LR' });
    return { view: model.view, mermaid: toMermaid(model, { icons: true }).text, nodeCount: model.nodes.length };
  });
}

/** Every pattern in every option combination, as the wizard writes it (YAML). */
export function patternTemplates(): Array<{ name: string; text: string }> {
  return PATTERNS.flatMap((pattern) =>
    optionMatrix(pattern).map((options) => ({
      name: `pattern ${pattern.id} ${JSON.stringify(options)}`,
      text: renderPattern(pattern, 'yaml', options),
    })),
  );
}
