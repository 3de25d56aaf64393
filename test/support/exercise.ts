import { buildGraph } from '../../src/core/graph/buildGraph';
import { lintTemplate } from '../../src/core/lint';
import { locate } from '../../src/core/locate';
import { loadTemplate } from '../../src/core/model/template';
import { applyEdits } from '../../src/core/edit/textEdit';
import { ignoreRuleForResource } from '../../src/core/edit/templateEdits';
import { RULES } from '../../src/core/rules/registry';
import { buildDiagramText } from './diagramPhase';

/**
 * Runs every engine phase on one text, the way the extension does on a keystroke:
 * parse, model, graph, checks, ranges, quick fixes (applied and re-parsed), ignore
 * edits, diagram. Throws only if ArchLens itself throws.
 */
export function exerciseEverything(text: string, fileName: string): { findings: number; fixes: number } {
  const template = loadTemplate(text, { fileName });
  const graph = buildGraph(template);
  const findings = lintTemplate(template, graph, { rules: RULES });
  let fixes = 0;
  for (const finding of findings) {
    locate(template, finding.path);
    for (const fix of finding.fixes) {
      loadTemplate(applyEdits(text, fix.edits), { fileName });
      fixes++;
    }
    const resource = finding.resourceId ? template.resources.get(finding.resourceId) : undefined;
    const ignore = resource ? ignoreRuleForResource(template, resource, finding.ruleId) : undefined;
    if (ignore) loadTemplate(applyEdits(text, [ignore]), { fileName });
  }
  buildDiagramText(template, graph, findings);
  return { findings: findings.length, fixes };
}
