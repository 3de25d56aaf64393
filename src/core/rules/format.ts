import type { Language, Localized, RuleMeta } from './types';

/** Fills `{name}` placeholders; unknown placeholders stay visible rather than vanish. */
export function fillPlaceholders(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function localize(text: Localized, language: Language): string {
  return text[language] || text.en;
}

export function formatMessage(meta: RuleMeta, messageId: string, data: Readonly<Record<string, string | number>>, language: Language): string {
  const message = meta.messages[messageId];
  return message ? fillPlaceholders(localize(message, language), data) : `${meta.name}: ${messageId}`;
}
