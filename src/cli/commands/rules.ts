import { localize } from '../../core/rules/format';
import { RULES } from '../../core/rules/registry';
import type { Language } from '../../core/rules/types';
import { oneOf, parseArgs } from '../args';
import { EXIT_OK, type CliIo } from '../io';

/** `archlens rules [--format text|json] [--lang en|ko]`: the check catalog. */
export async function runRules(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { options: ['--format', '--lang'] });
  const format = oneOf(parsed.options.get('--format')?.[0], ['text', 'json'] as const, '--format', 'text');
  const language = oneOf(parsed.options.get('--lang')?.[0], ['en', 'ko'] as const, '--lang', 'en') as Language;
  const catalog = RULES.map(({ meta }) => ({
    id: meta.id,
    name: meta.name,
    category: meta.category,
    severity: meta.severity,
    description: localize(meta.description, language),
    docsUrl: meta.docsUrl,
    fixable: Object.keys(meta.fixes ?? {}).length > 0,
    cfnLintOverlap: meta.cfnLintOverlap ?? [],
  }));
  if (format === 'json') io.stdout(`${JSON.stringify(catalog, null, 2)}\n`);
  else for (const rule of catalog) io.stdout(`${rule.id}  ${rule.severity.padEnd(7)}  ${rule.name.padEnd(44)}  ${rule.description}\n`);
  return EXIT_OK;
}
