import { analyzeText } from '../../core/lint';
import { looksLikeTemplateText } from '../../core/model/detect';
import { countBySeverity, toFileResult, type FileResult } from '../../core/report/fileResult';
import { toSarif } from '../../core/report/sarif';
import type { Language } from '../../core/rules/types';
import { oneOf, parseArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';
import { readInput } from '../readInput';
import { CLI_VERSION } from '../version';

const TEMPLATE_FILE = /\.(ya?ml|json|template)$/i;
const SKIPPED_DIRS = /(^|\/)(node_modules|\.git|\.aws-sam|cdk\.out)(\/|$)/;

/**
 * `archlens lint <files or directories…> [--format text|json|sarif] [--lang en|ko] [--max-warnings N]`.
 * Exit 0 when clean, 1 when errors (parse errors included) or too many warnings, 2 on usage/I/O errors.
 */
export async function runLint(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { options: ['--format', '--lang', '--max-warnings'], aliases: { '-f': '--format' } });
  const format = oneOf(parsed.options.get('--format')?.[0], ['text', 'json', 'sarif'] as const, '--format', 'text');
  const language = oneOf(parsed.options.get('--lang')?.[0], ['en', 'ko'] as const, '--lang', 'en') as Language;
  const maxWarningsText = parsed.options.get('--max-warnings')?.[0];
  const maxWarnings = maxWarningsText === undefined ? Infinity : Number(maxWarningsText);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new UsageError('--max-warnings takes a whole number');
  if (parsed.positionals.length === 0) throw new UsageError('lint needs at least one file or directory');

  const files = await expandInputs(parsed.positionals, io);
  const results: FileResult[] = [];
  for (const file of files) {
    const text = await readInput(io, file);
    const analysis = analyzeText(text, { fileName: file });
    if (!analysis.template.isTemplate && !looksLikeTemplateText(text)) continue;
    results.push(toFileResult(file, analysis, language));
  }

  const counts = countBySeverity(results);
  if (format === 'json') io.stdout(`${JSON.stringify({ files: results }, null, 2)}\n`);
  else if (format === 'sarif') io.stdout(`${JSON.stringify(toSarif(results, CLI_VERSION, language), null, 2)}\n`);
  else writeText(results, counts, io);
  return counts.error > 0 || counts.warning > maxWarnings ? EXIT_FINDINGS : EXIT_OK;
}

/** Files as given, in order; directories walked for template-looking file names. */
async function expandInputs(inputs: string[], io: CliIo): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (!(await io.exists(input))) throw new UsageError(`no such file or directory: ${input}`);
    if (await io.isDirectory(input)) {
      const found = (await io.listFiles(input)).filter((file) => TEMPLATE_FILE.test(file) && !SKIPPED_DIRS.test(file));
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)];
}

function writeText(results: readonly FileResult[], counts: ReturnType<typeof countBySeverity>, io: CliIo): void {
  for (const result of results) {
    for (const finding of result.findings) {
      io.stdout(`${result.file}:${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.rule} ${finding.message}\n`);
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.stdout(
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')} in ${plural(results.length, 'template')}\n`,
  );
}
