import * as vscode from 'vscode';
import { buildPattern } from '../../core/patterns/generate';
import { MergeError, mergeIntoTemplate } from '../../core/patterns/merge';
import { resolveOptions } from '../../core/patterns/options';
import { BLOCKS, findPattern, PATTERNS } from '../../core/patterns/registry';
import { localize } from '../../core/rules/format';
import { isCandidateDocument } from '../analysisCache';
import { readSettings } from '../settings';
import { MultiStepInput, type InputStep } from './multiStepInput';
import { optionStepCount, optionSteps, patternItems, type OptionState, type PatternItem } from './patternSteps';

const TEXT = {
  en: {
    title: 'Add Pattern to Current Template',
    pick: 'Pick a pattern or building block to add',
    patterns: 'Patterns',
    blocks: 'Building blocks',
    noEditor: 'Open a CloudFormation or SAM template (YAML or JSON) first.',
    notApplied: 'The template changed while the pattern was being added; try again.',
    added: (title: string, count: number) => `Added "${title}" (${count} resources).`,
    renamed: (pairs: string) => ` Renamed to avoid collisions: ${pairs}.`,
    transform: ' Added the SAM transform.',
  },
  ko: {
    title: '현재 템플릿에 패턴 추가',
    pick: '추가할 패턴이나 빌딩 블록 선택',
    patterns: '패턴',
    blocks: '빌딩 블록',
    noEditor: '먼저 CloudFormation 또는 SAM 템플릿(YAML이나 JSON)을 여세요.',
    notApplied: '패턴을 추가하는 동안 템플릿이 바뀌었습니다. 다시 시도하세요.',
    added: (title: string, count: number) => `"${title}"을(를) 추가했습니다(리소스 ${count}개).`,
    renamed: (pairs: string) => ` 충돌을 피하려고 이름을 바꿨습니다: ${pairs}.`,
    transform: ' SAM 변환을 추가했습니다.',
  },
} as const;

/**
 * `ArchLens: Add Pattern to Current Template…`: merges a pattern or block into the active
 * template as one WorkspaceEdit (one undo), renaming colliding logical ids consistently.
 */
export async function addPatternToTemplate(args?: { pattern: string; options?: Record<string, string | boolean> }): Promise<void> {
  const language = readSettings().language;
  const text = TEXT[language];
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isCandidateDocument(editor.document)) {
    void vscode.window.showWarningMessage(text.noEditor);
    return;
  }
  const document = editor.document;
  const version = document.version;
  const state: OptionState = { options: {} };
  const total = () => 1 + (state.pattern ? optionStepCount(state.pattern) : 0);

  const pickPattern: InputStep = async (input) => {
    const separator = (label: string) => ({ label, kind: vscode.QuickPickItemKind.Separator }) as unknown as PatternItem;
    const items = [separator(text.patterns), ...patternItems(PATTERNS, language), separator(text.blocks), ...patternItems(BLOCKS, language)];
    const picked = await input.pickOne({
      title: text.title,
      step: 1,
      totalSteps: total(),
      placeholder: text.pick,
      items,
      activeItem: items.find((item) => item.pattern && item.pattern === state.pattern),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked.pattern !== state.pattern) state.options = {};
    state.pattern = picked.pattern;
    return optionSteps(state, language, text.title, 2, total, async () => undefined);
  };
  if (args?.pattern) {
    // Without the picker: `executeCommand('archlens.addPatternToTemplate', { pattern: 'vpc' })`.
    state.pattern = findPattern(args.pattern);
    if (!state.pattern) throw new Error(`unknown pattern '${args.pattern}'`);
    const { values, errors } = resolveOptions(state.pattern, args.options ?? {});
    if (errors.length > 0) throw new Error(errors.join('; '));
    state.options = values;
  } else if (!(await MultiStepInput.run(pickPattern)) || !state.pattern) return;

  try {
    const incoming = buildPattern(state.pattern, state.options);
    const result = mergeIntoTemplate(document.getText(), incoming, document.fileName);
    if (document.version !== version) {
      void vscode.window.showWarningMessage(text.notApplied);
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const change of result.edits) {
      edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showWarningMessage(text.notApplied);
      return;
    }
    const count = Object.keys(incoming.body.Resources ?? {}).length;
    const renamed = [...result.renamed].map(([from, to]) => `${from} → ${to}`).join(', ');
    void vscode.window.showInformationMessage(
      text.added(localize(state.pattern.title, language), count) + (renamed ? text.renamed(renamed) : '') + (result.addedTransform ? text.transform : ''),
    );
  } catch (error) {
    if (error instanceof MergeError) void vscode.window.showErrorMessage(error.message);
    else throw error;
  }
}
