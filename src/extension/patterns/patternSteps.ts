import type * as vscode from 'vscode';
import { normalizeOptions } from '../../core/patterns/options';
import type { ChoiceOption, OptionValue, PatternDefinition, ToggleOption } from '../../core/patterns/types';
import { localize } from '../../core/rules/format';
import type { Language } from '../../core/rules/types';
import type { InputStep, MultiStepInput } from './multiStepInput';

export interface PatternItem extends vscode.QuickPickItem {
  pattern: PatternDefinition;
}

/** The searchable list: title, id and seeds, with the description and keywords as detail. */
export function patternItems(patterns: readonly PatternDefinition[], language: Language): PatternItem[] {
  return patterns.map((pattern) => ({
    label: localize(pattern.title, language),
    description: `${pattern.id} · ${language === 'ko' ? '출처' : 'seed'} ${pattern.seeds.join(', ')}`,
    detail: `${localize(pattern.description, language)}${pattern.keywords?.length ? ` (${pattern.keywords.join(', ')})` : ''}`,
    pattern,
  }));
}

export interface OptionState {
  pattern?: PatternDefinition;
  options: Record<string, OptionValue>;
}

/** Number of option steps a pattern adds to the wizard: one for all toggles, one per choice. */
export function optionStepCount(pattern: PatternDefinition): number {
  const toggles = pattern.options.some((o) => o.kind === 'toggle') ? 1 : 0;
  return toggles + pattern.options.filter((o) => o.kind === 'choice').length;
}

interface ToggleItem extends vscode.QuickPickItem {
  option: ToggleOption;
}
interface ChoiceItem extends vscode.QuickPickItem {
  value: string;
}

/**
 * The option steps of a pattern, chained: toggles first in one multi-select, then one
 * pick per choice. `next` follows the last of them.
 */
export function optionSteps(
  state: OptionState,
  language: Language,
  title: string,
  firstStep: number,
  totalSteps: () => number,
  next: InputStep,
): InputStep {
  const pattern = state.pattern!;
  const toggles = pattern.options.filter((o): o is ToggleOption => o.kind === 'toggle');
  const choices = pattern.options.filter((o): o is ChoiceOption => o.kind === 'choice');

  const choiceStep = (index: number, stepNumber: number): InputStep => {
    if (index >= choices.length) return next;
    const option = choices[index];
    return async (input: MultiStepInput) => {
      const items: ChoiceItem[] = option.choices.map((choice) => ({
        label: localize(choice.title, language),
        description: choice.value === option.default ? (language === 'ko' ? '기본값' : 'default') : choice.value,
        value: choice.value,
      }));
      const picked = await input.pickOne({
        title,
        step: stepNumber,
        totalSteps: totalSteps(),
        placeholder: `${localize(option.title, language)}: ${localize(option.description, language)}`,
        items,
        activeItem: items.find((item) => item.value === (state.options[option.key] ?? option.default)),
      });
      state.options[option.key] = picked.value;
      return choiceStep(index + 1, stepNumber + 1);
    };
  };

  if (toggles.length === 0) return choiceStep(0, firstStep);
  const toggleStep: InputStep = async (input: MultiStepInput) => {
    const items: ToggleItem[] = toggles.map((option) => ({
      label: localize(option.title, language),
      description: option.requires ? `${language === 'ko' ? '필요' : 'needs'}: ${option.requires}` : undefined,
      detail: localize(option.description, language),
      option,
    }));
    const current = normalizeOptions(pattern, state.options);
    const selected = await input.pickMany({
      title,
      step: firstStep,
      totalSteps: totalSteps(),
      placeholder: language === 'ko' ? '켤 항목을 선택하고 Enter' : 'Check what to include, then press Enter',
      items,
      selected: items.filter((item) => current[item.option.key] === true),
    });
    for (const option of toggles) state.options[option.key] = selected.some((item) => item.option === option);
    state.options = normalizeOptions(pattern, state.options);
    return choiceStep(0, firstStep + 1);
  };
  return toggleStep;
}
