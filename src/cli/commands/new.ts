import { renderPattern, type PatternFormat } from '../../core/patterns/generate';
import { describeValues, resolveOptions } from '../../core/patterns/options';
import { ALL_BUILDABLE, BLOCKS, findPattern, PATTERNS } from '../../core/patterns/registry';
import type { PatternDefinition } from '../../core/patterns/types';
import { localize } from '../../core/rules/format';
import type { Language } from '../../core/rules/types';
import { oneOf, parseArgs } from '../args';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from '../io';

export type NewIo = Pick<CliIo, 'stdout' | 'stderr' | 'writeFile' | 'exists'>;

/** Exit code when the output file exists and `--force` was not given. */
export const EXIT_EXISTS = 1;

const USAGE = 'usage: archlens new <pattern-id> [--format yaml|json] [--option key=value…] [-o file] [--force] | archlens new --list [--format text|json] [--lang en|ko]';

/**
 * `archlens new <pattern-id> [--format yaml|json] [--option key=value…] [-o file] [--force]`
 * writes a pattern's template to stdout or a file; `archlens new --list [--format json]`
 * lists the patterns and their options.
 */
export async function runNew(args: string[], io: NewIo): Promise<number> {
  try {
    return await newCommand(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`archlens new: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

async function newCommand(args: string[], io: NewIo): Promise<number> {
  const parsed = parseArgs(args, {
    options: ['--format', '--option', '--output', '--lang'],
    flags: ['--list', '--force', '--help'],
    aliases: { '-o': '--output', '-f': '--format', '-h': '--help' },
  });
  if (parsed.flags.has('--help')) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  const language = oneOf(parsed.options.get('--lang')?.[0], ['en', 'ko'] as const, '--lang', 'en') as Language;
  if (parsed.flags.has('--list')) {
    if (parsed.positionals.length > 0) throw new UsageError('--list takes no pattern id');
    const format = oneOf(parsed.options.get('--format')?.[0], ['text', 'json'] as const, '--format', 'text');
    io.stdout(format === 'json' ? `${JSON.stringify(ALL_BUILDABLE.map(describePattern), null, 2)}\n` : listText(language));
    return EXIT_OK;
  }

  if (parsed.positionals.length !== 1) throw new UsageError(parsed.positionals.length === 0 ? `a pattern id is needed; ${USAGE}` : `one pattern id at a time, not ${parsed.positionals.length}`);
  const id = parsed.positionals[0];
  const pattern = findPattern(id);
  if (!pattern) throw new UsageError(`unknown pattern '${id}'; archlens new --list shows them`);
  const output = parsed.options.get('--output')?.[0];
  const format = oneOf(parsed.options.get('--format')?.[0], ['yaml', 'json'] as const, '--format', formatFromFileName(output)) as PatternFormat;
  const overrides: Record<string, string> = {};
  for (const pair of parsed.options.get('--option') ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--option takes key=value, not '${pair}'`);
    overrides[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  const { values, errors } = resolveOptions(pattern, overrides);
  if (errors.length > 0) throw new UsageError(errors.join('; '));

  const text = renderPattern(pattern, format, values);
  if (!output || output === '-') {
    io.stdout(text);
    return EXIT_OK;
  }
  if (!parsed.flags.has('--force') && (await io.exists(output))) {
    io.stderr(`archlens new: ${output} already exists; add --force to overwrite it\n`);
    return EXIT_EXISTS;
  }
  await io.writeFile(output, text);
  io.stdout(`Wrote ${output}: ${pattern.title.en} (${pattern.id}, ${format}). Next: archlens lint ${output}\n`);
  return EXIT_OK;
}

function formatFromFileName(file: string | undefined): 'yaml' | 'json' {
  return file && /\.json$/i.test(file) ? 'json' : 'yaml';
}

function describePattern(pattern: PatternDefinition) {
  return {
    id: pattern.id,
    kind: pattern.kind ?? 'pattern',
    version: pattern.version,
    title: pattern.title,
    description: pattern.description,
    seeds: pattern.seeds,
    options: pattern.options.map((option) => ({
      key: option.key,
      kind: option.kind,
      default: option.default,
      values: option.kind === 'toggle' ? [false, true] : option.choices.map((c) => c.value),
      title: option.title,
      description: option.description,
    })),
  };
}

function listText(language: Language): string {
  const width = Math.max(...ALL_BUILDABLE.map((p) => p.id.length)) + 2;
  const lines: string[] = [language === 'ko' ? '패턴:' : 'Patterns:'];
  for (const pattern of [...PATTERNS, undefined, ...BLOCKS]) {
    if (!pattern) {
      lines.push('', language === 'ko' ? '빌딩 블록:' : 'Building blocks:');
      continue;
    }
    lines.push(`${pattern.id.padEnd(width)}${localize(pattern.title, language)}`);
    for (const option of pattern.options) {
      lines.push(`${' '.repeat(width)}  --option ${option.key}=${String(option.default)}  (${describeValues(option)}) ${localize(option.title, language)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
