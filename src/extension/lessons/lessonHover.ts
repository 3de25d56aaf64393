import * as vscode from 'vscode';
import { analyzeDocument, isCandidateDocument } from '../analysisCache';
import { locate } from '../../core/locate';
import { lessonMarkdown } from '../../core/rules/lesson';
import { RULES_BY_ID } from '../../core/rules/registry';
import { readSettings } from '../settings';
import { toVscodeRange } from '../diagnostics/toVscode';
import { EXPLAIN_COMMAND } from './explainCheck';

const SELECTOR: vscode.DocumentSelector = [{ language: 'yaml' }, { language: 'json' }, { language: 'jsonc' }];

/** Over a flagged range the hover teaches: why, the seed's scenario, the right answer. */
export function registerLessonHover(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(SELECTOR, {
      provideHover(document, position) {
        const settings = readSettings(document.uri);
        if (!settings.enable || !isCandidateDocument(document)) return undefined;
        const analysis = analyzeDocument(document);
        if (!analysis.template.isTemplate) return undefined;
        const sections: vscode.MarkdownString[] = [];
        let hoverRange: vscode.Range | undefined;
        for (const finding of analysis.findings) {
          const rule = RULES_BY_ID.get(finding.ruleId);
          const range = toVscodeRange(locate(analysis.template, finding.path).range);
          if (!rule || !range.contains(position)) continue;
          hoverRange = hoverRange ? hoverRange.union(range) : range;
          // The diagnostic's own message heads the hover already; this adds the lesson.
          // No HTML, and only our own command is trusted.
          const explain = `command:${EXPLAIN_COMMAND}?${encodeURIComponent(JSON.stringify([rule.meta.id]))}`;
          const markdown = new vscode.MarkdownString(
            `${lessonMarkdown(rule.meta, settings.language)} · [${vscode.l10n.t('Examples and details')}](${explain})`,
          );
          markdown.isTrusted = { enabledCommands: [EXPLAIN_COMMAND] };
          sections.push(markdown);
        }
        return sections.length > 0 ? new vscode.Hover(sections, hoverRange) : undefined;
      },
    }),
  );
}
