import type { OptionValue, OptionValues, PatternDefinition, PatternOption } from './types';

export function defaultOptions(pattern: PatternDefinition): Record<string, OptionValue> {
  return Object.fromEntries(pattern.options.map((option) => [option.key, option.default]));
}

const TRUE_WORDS = new Set(['true', 'yes', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0']);

/** Reads `key=value` overrides (CLI, wizard) into option values; reports every problem. */
export function resolveOptions(
  pattern: PatternDefinition,
  overrides: Readonly<Record<string, string | boolean>>,
): { values: Record<string, OptionValue>; errors: string[] } {
  const values = defaultOptions(pattern);
  const errors: string[] = [];
  for (const [key, raw] of Object.entries(overrides)) {
    const option = pattern.options.find((o) => o.key === key);
    if (!option) {
      const known = pattern.options.map((o) => o.key).join(', ') || 'none';
      errors.push(`unknown option '${key}' for ${pattern.id} (options: ${known})`);
      continue;
    }
    const parsed = parseOptionValue(option, raw);
    if (parsed === undefined) errors.push(`option '${key}' takes ${describeValues(option)}, not '${String(raw)}'`);
    else values[key] = parsed;
  }
  for (const option of pattern.options) {
    if (option.kind === 'toggle' && option.requires && values[option.key] === true && values[option.requires] !== true) {
      if (option.key in overrides) errors.push(`option '${option.key}' needs '${option.requires}=true'`);
      else values[option.key] = false;
    }
  }
  return { values, errors };
}

/** Turns off toggles whose prerequisite is off (what the wizard does silently). */
export function normalizeOptions(pattern: PatternDefinition, values: OptionValues): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = { ...defaultOptions(pattern), ...values };
  for (const option of pattern.options) {
    if (option.kind === 'toggle' && option.requires && out[option.requires] !== true) out[option.key] = false;
  }
  return out;
}

function parseOptionValue(option: PatternOption, raw: string | boolean): OptionValue | undefined {
  if (option.kind === 'toggle') {
    if (typeof raw === 'boolean') return raw;
    const word = raw.trim().toLowerCase();
    return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
  }
  const value = String(raw).trim();
  return option.choices.some((c) => c.value === value) ? value : undefined;
}

export function describeValues(option: PatternOption): string {
  return option.kind === 'toggle' ? 'true or false' : option.choices.map((c) => c.value).join(' | ');
}

/** Every valid combination of options: the matrix the tests run. */
export function optionMatrix(pattern: PatternDefinition): Array<Record<string, OptionValue>> {
  let combos: Array<Record<string, OptionValue>> = [{}];
  for (const option of pattern.options) {
    const values: OptionValue[] = option.kind === 'toggle' ? [false, true] : option.choices.map((c) => c.value);
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [option.key]: value })));
  }
  const seen = new Set<string>();
  return combos
    .map((combo) => normalizeOptions(pattern, combo))
    .filter((combo) => {
      const key = JSON.stringify(combo);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** `dax=true, thumbnails=false` for headers and test names. */
export function describeOptions(values: OptionValues): string {
  const entries = Object.entries(values);
  return entries.length ? entries.map(([k, v]) => `${k}=${String(v)}`).join(', ') : 'defaults';
}
