import { runDiagram } from './commands/diagram';
import { runGraph } from './commands/graph';
import { runLint } from './commands/lint';
import { runNew } from './commands/new';
import { runRules } from './commands/rules';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io';
import { CLI_VERSION } from './version';

const HELP = `archlens ${CLI_VERSION}: AWS architecture checks and diagrams for CloudFormation and SAM templates

Usage:
  archlens lint <files or dirs…> [--format text|json|sarif] [--lang en|ko] [--max-warnings N]
  archlens diagram <file> [--format mermaid|json|html] [--view essentials|all] [--direction LR|TB] [-o out] [--force]
  archlens graph <file> [--format json|text]
  archlens new <pattern-id> [--format yaml|json] [--option key=value…] [-o file] [--force]
  archlens new --list [--format text|json] [--lang en|ko]
  archlens rules [--format text|json] [--lang en|ko]
  archlens --help | --version

Exit codes: 0 clean, 1 findings over the bar, 2 usage or I/O error.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  lint: runLint,
  graph: runGraph,
  diagram: runDiagram,
  rules: runRules,
  new: runNew,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${CLI_VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`archlens: unknown command '${name}'; see archlens --help\n`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`archlens ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`archlens ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}
