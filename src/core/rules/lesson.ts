import { localize } from './format';
import type { Language, RuleMeta } from './types';

const LABELS = {
  en: { why: 'Why it matters', scenario: 'From the study notes', answer: 'The right answer', changed: 'Changed since the notes', docs: 'AWS documentation', seeds: 'Seed' },
  ko: { why: '왜 문제인가', scenario: '학습 노트의 시나리오', answer: '정답', changed: '노트 이후 바뀐 점', docs: 'AWS 문서', seeds: '출처' },
} as const;

/** Escapes text for Markdown so template-derived words can't become links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`);
}

/**
 * The lesson of a check as Markdown: used by the hover, `Explain Check…` and the
 * generated reference pages, so all three teach the same words.
 */
export function lessonMarkdown(meta: RuleMeta, language: Language, message?: string): string {
  const labels = LABELS[language];
  const parts = [`**${localize(meta.description, language)}** · \`${meta.id}\` \`${meta.name}\``];
  if (message) parts.push(escapeMarkdown(message));
  parts.push(`**${labels.why}.** ${localize(meta.lesson.why, language)}`);
  parts.push(`**${labels.scenario}.** ${localize(meta.lesson.scenario, language)}`);
  parts.push(`**${labels.answer}.** ${localize(meta.lesson.answer, language)}`);
  if (meta.lesson.changed) parts.push(`**${labels.changed}.** ${localize(meta.lesson.changed, language)}`);
  parts.push(`[${labels.docs}](${meta.docsUrl})`);
  return parts.join('\n\n');
}
