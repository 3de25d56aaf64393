import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { buildDiagram, toDiagramJson, toMermaid, type DiagramModel } from '../../core/diagram';
import { diagramPageHtml } from '../../core/diagram/htmlPage';
import { analyzeText } from '../../core/lint';
import { oneOf, parseArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../io';
import { readInput } from '../readInput';

export interface DiagramIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Where the bundled browser renderer is; by default next to `dist/cli.js`. */
  rendererPath?: string;
}

const USAGE = 'usage: archlens diagram <file> [--format mermaid|json|html] [--view essentials|all] [--direction LR|TB] [-o out] [--force]';

/**
 * `archlens diagram <file>`: the architecture diagram as Mermaid text (GitHub-ready, no
 * icon pack needed), JSON, or one self-contained offline HTML page.
 */
export async function runDiagram(args: string[], io: DiagramIo): Promise<number> {
  try {
    return await diagram(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`archlens diagram: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

async function diagram(args: string[], io: DiagramIo): Promise<number> {
  const parsed = parseArgs(args, {
    options: ['--format', '--view', '--direction', '--output'],
    flags: ['--force'],
    aliases: { '-o': '--output', '-f': '--force' },
  });
  const format = oneOf(parsed.options.get('--format')?.[0], ['mermaid', 'json', 'html'] as const, '--format', 'mermaid');
  const view = oneOf(parsed.options.get('--view')?.[0], ['essentials', 'all'] as const, '--view', 'essentials');
  const direction = oneOf(parsed.options.get('--direction')?.[0], ['LR', 'TB'] as const, '--direction', 'LR');
  const output = parsed.options.get('--output')?.[0];
  if (parsed.positionals.length !== 1) throw new UsageError(`diagram takes exactly one template file; ${USAGE}`);
  const file = parsed.positionals[0];
  if (output && !parsed.flags.has('--force') && (await io.exists(output))) {
    throw new UsageError(`${output} exists; use --force to overwrite it`);
  }

  const text = await readInput({ ...io, listFiles: unsupported, isDirectory: unsupported }, file);
  const { template, graph, findings } = analyzeText(text, { fileName: file });
  const fatal = template.source.problems.find((problem) => problem.fatal);
  if (fatal) {
    const { line, character } = template.source.lines.positionAt(fatal.span.start);
    io.stderr(`archlens diagram: ${file}:${line + 1}:${character + 1}: ${fatal.message}\n`);
    return EXIT_FINDINGS;
  }
  if (!template.isTemplate) {
    io.stderr(`archlens diagram: ${file} is not a CloudFormation or SAM template\n`);
    return EXIT_FINDINGS;
  }

  const model = buildDiagram(template, graph, findings, { view, direction });
  const rendered =
    format === 'json'
      ? `${JSON.stringify(toDiagramJson(model), null, 2)}\n`
      : format === 'mermaid'
        ? toMermaid(model).text
        : await htmlPage(io, file, model);
  if (model.notice) io.stderr(`archlens diagram: ${model.notice}\n`);
  if (!output) {
    io.stdout(rendered);
    return EXIT_OK;
  }
  try {
    await io.writeFile(output, rendered);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return EXIT_OK;
}

async function htmlPage(io: DiagramIo, file: string, model: DiagramModel): Promise<string> {
  const rendererPath = await findRenderer(io);
  const script = await io.readFile(rendererPath);
  return diagramPageHtml({
    title: file.split(/[\\/]/).pop() ?? file,
    model,
    diagram: toMermaid(model, { icons: true }),
    rendererScript: script,
    scriptHash: (inlineScript) => `sha256-${createHash('sha256').update(inlineScript, 'utf8').digest('base64')}`,
  });
}

/** The HTML page embeds the same Mermaid bundle as the webview; it is never loaded from a CDN. */
async function findRenderer(io: DiagramIo): Promise<string> {
  const candidates = io.rendererPath
    ? [io.rendererPath]
    : [join(__dirname, 'webview', 'htmlRenderer.js'), resolve(dirname(__dirname), 'dist', 'webview', 'htmlRenderer.js'), resolve('dist', 'webview', 'htmlRenderer.js')];
  for (const candidate of candidates) if (await io.exists(candidate)) return candidate;
  throw new UsageError('the HTML renderer bundle (dist/webview/htmlRenderer.js) is missing; run npm run build');
}

function unsupported(): never {
  throw new Error('not used by the diagram command');
}
