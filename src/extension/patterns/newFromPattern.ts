import * as vscode from 'vscode';
import { renderPattern, type PatternFormat } from '../../core/patterns/generate';
import { resolveOptions } from '../../core/patterns/options';
import { findPattern, PATTERNS } from '../../core/patterns/registry';
import { localize } from '../../core/rules/format';
import { encodeUtf8 } from '../../shared/utf8';
import type { Language } from '../../core/rules/types';
import { readSettings } from '../settings';
import { MultiStepInput, type InputStep } from './multiStepInput';
import { optionStepCount, optionSteps, patternItems, type OptionState } from './patternSteps';

const SHOW_DIAGRAM = 'archlens.showDiagram';

interface WizardState extends OptionState {
  format?: PatternFormat;
  destination?: 'untitled' | 'file';
  target?: vscode.Uri;
  overwrite?: boolean;
}

/**
 * Arguments for running the command without the wizard (tests, other extensions, links):
 * `executeCommand('archlens.newFromPattern', { pattern: 'static-site', format: 'json' })`.
 */
export interface NewFromPatternArgs {
  pattern: string;
  options?: Record<string, string | boolean>;
  format?: PatternFormat;
  /** A file to write; without it the template opens as an untitled document. */
  target?: vscode.Uri;
  /** The caller confirms replacing an existing target. */
  overwrite?: boolean;
  /** Open the diagram beside the template without asking. */
  openDiagram?: boolean;
}

const TEXT = {
  en: {
    title: 'New Template from Pattern',
    pattern: 'Pick an architecture (type to search: service, seed, Korean term)',
    format: 'Template format',
    destination: 'Where should the template go?',
    untitled: 'New untitled document',
    untitledDetail: 'Save it wherever you like later',
    file: 'Save to a file…',
    fileDetail: 'Pick the file name now',
    replace: 'Replace',
    exists: (name: string) => `${name} already exists. Replace it with the new template?`,
    created: (title: string) => `Created "${title}". Open its architecture diagram beside it?`,
    openDiagram: 'Open Diagram',
  },
  ko: {
    title: '패턴으로 새 템플릿 만들기',
    pattern: '아키텍처 선택 (서비스, 출처, 한국어로 검색)',
    format: '템플릿 형식',
    destination: '템플릿을 어디에 만들까요?',
    untitled: '제목 없는 새 문서',
    untitledDetail: '나중에 원하는 곳에 저장',
    file: '파일로 저장…',
    fileDetail: '지금 파일 이름 지정',
    replace: '바꾸기',
    exists: (name: string) => `${name} 파일이 이미 있습니다. 새 템플릿으로 바꿀까요?`,
    created: (title: string) => `"${title}" 템플릿을 만들었습니다. 옆에 아키텍처 다이어그램을 열까요?`,
    openDiagram: '다이어그램 열기',
  },
} as const;

/**
 * `ArchLens: New Template from Pattern…`: pattern → options → format → destination, then
 * the template opens, with the diagram one click away.
 */
export async function newTemplateFromPattern(args?: NewFromPatternArgs): Promise<void> {
  const language = readSettings().language;
  const text = TEXT[language];
  const state: WizardState = { options: {} };
  if (args?.pattern) return finish(presetState(args), language, args.openDiagram);
  const total = () => 3 + (state.pattern ? optionStepCount(state.pattern) : 0);

  const pickDestination: InputStep = async (input) => {
    const items = [
      { label: text.untitled, detail: text.untitledDetail, value: 'untitled' as const },
      { label: text.file, detail: text.fileDetail, value: 'file' as const },
    ];
    state.destination = (await input.pickOne({ title: text.title, step: total(), totalSteps: total(), placeholder: text.destination, items, activeItem: items.find((i) => i.value === state.destination) })).value;
  };
  const pickFormat: InputStep = async (input) => {
    const items = [
      { label: 'YAML', description: language === 'ko' ? '주석과 !Ref 단축형 포함' : 'with comments and !Ref short forms', value: 'yaml' as const },
      { label: 'JSON', description: language === 'ko' ? '같은 템플릿, 주석 없음' : 'the same template, no comments', value: 'json' as const },
    ];
    state.format = (await input.pickOne({ title: text.title, step: total() - 1, totalSteps: total(), placeholder: text.format, items, activeItem: items.find((i) => i.value === state.format) })).value;
    return pickDestination;
  };
  const pickPattern: InputStep = async (input) => {
    const items = patternItems(PATTERNS, language);
    const picked = await input.pickOne({
      title: text.title,
      step: 1,
      totalSteps: total(),
      placeholder: text.pattern,
      items,
      activeItem: items.find((item) => item.pattern === state.pattern),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked.pattern !== state.pattern) state.options = {};
    state.pattern = picked.pattern;
    return optionSteps(state, language, text.title, 2, total, pickFormat);
  };

  if (!(await MultiStepInput.run(pickPattern)) || !state.pattern || !state.format || !state.destination) return;
  await finish(state, language);
}

function presetState(args: NewFromPatternArgs): WizardState {
  const pattern = findPattern(args.pattern);
  if (!pattern) throw new Error(`unknown pattern '${args.pattern}'`);
  const { values, errors } = resolveOptions(pattern, args.options ?? {});
  if (errors.length > 0) throw new Error(errors.join('; '));
  return { pattern, options: values, format: args.format ?? 'yaml', destination: args.target ? 'file' : 'untitled', target: args.target, overwrite: args.overwrite };
}

async function finish(state: WizardState, language: Language, openDiagram?: boolean): Promise<void> {
  const text = TEXT[language];
  const content = renderPattern(state.pattern!, state.format!, state.options);
  const document = await openResult(state, content, language);
  if (!document) return;
  await vscode.window.showTextDocument(document, { preview: false });
  if (openDiagram === undefined) {
    const choice = await vscode.window.showInformationMessage(text.created(localize(state.pattern!.title, language)), text.openDiagram);
    openDiagram = choice === text.openDiagram;
  }
  if (openDiagram) await vscode.commands.executeCommand(SHOW_DIAGRAM);
}

async function openResult(state: WizardState, content: string, language: Language): Promise<vscode.TextDocument | undefined> {
  const format = state.format!;
  if (state.destination === 'untitled') return vscode.workspace.openTextDocument({ language: format, content });
  const text = TEXT[language];
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultName = `${state.pattern!.id}.${format}`;
  const target = state.target ?? await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, defaultName) : undefined,
    filters: format === 'yaml' ? { 'CloudFormation YAML': ['yaml', 'yml'] } : { 'CloudFormation JSON': ['json'] },
    saveLabel: language === 'ko' ? '템플릿 만들기' : 'Create Template',
    title: text.title,
  });
  if (!target) return undefined;
  if (!state.overwrite && (await exists(target))) {
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const answer = await vscode.window.showWarningMessage(text.exists(name), { modal: true }, text.replace);
    if (answer !== text.replace) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, encodeUtf8(content));
  return vscode.workspace.openTextDocument(target);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
