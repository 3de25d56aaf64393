import { buildGraph } from '../../core/graph/buildGraph';
import { loadTemplate } from '../../core/model/template';
import { oneOf, parseArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';
import { readInput } from '../readInput';

/** `archlens graph <file> [--format json|text]`: the resource graph the other features use. */
export async function runGraph(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { options: ['--format'] });
  const format = oneOf(parsed.options.get('--format')?.[0], ['json', 'text'] as const, '--format', 'json');
  if (parsed.positionals.length !== 1) throw new UsageError('graph takes exactly one template file');
  const file = parsed.positionals[0];
  const text = await readInput(io, file);
  const template = loadTemplate(text, { fileName: file });
  if (!template.isTemplate) {
    io.stderr(`archlens: ${file} is not a CloudFormation or SAM template\n`);
    return EXIT_FINDINGS;
  }
  const graph = buildGraph(template);
  const nodes = [...graph.nodes.values()].map((node) => ({
    id: node.id,
    type: node.type,
    external: node.external,
    network: node.network,
  }));
  // One line per (from, to, kind); the places that make the edge are listed together.
  const merged = new Map<string, { from: string; to: string; kind: string; details: string[]; origins: string[] }>();
  for (const edge of graph.edges) {
    const key = `${edge.from}\u0000${edge.to}\u0000${edge.kind}`;
    const entry = merged.get(key) ?? { from: edge.from, to: edge.to, kind: edge.kind, details: [], origins: [] };
    if (edge.detail && !entry.details.includes(edge.detail)) entry.details.push(edge.detail);
    entry.origins.push(edge.origin.join('/'));
    merged.set(key, entry);
  }
  const edges = [...merged.values()];
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ file, nodes, edges }, null, 2)}\n`);
  } else {
    for (const node of nodes) io.stdout(`${node.id}  ${node.type}${node.network.vpc ? `  [${node.network.vpc}${node.network.tier ? ` ${node.network.tier}` : ''}]` : ''}\n`);
    for (const edge of edges) io.stdout(`${edge.from} -${edge.kind}-> ${edge.to}${edge.details.length ? `  (${edge.details.join(', ')})` : ''}\n`);
  }
  const fatal = template.source.problems.filter((p) => p.fatal);
  for (const problem of fatal) io.stderr(`archlens: ${file}: ${problem.message}\n`);
  return fatal.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
