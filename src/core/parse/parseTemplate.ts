import { parseDocument } from 'yaml';
import { LineIndex } from './lineIndex';
import type { CfnNode } from './nodes';
import type { ParseProblem } from './problems';
import { findExcessiveNesting } from './nestingDepth';
import { reparseEdit } from './reparse';
import { convertYamlDocument } from './yamlConvert';

export type SourceFormat = 'yaml' | 'json';

export interface ParseOptions {
  /** Refuse texts longer than this many characters (default 5 MB). */
  maxChars?: number;
  /** Values the tree may hold once aliases are expanded (default 1,000,000). */
  maxNodes?: number;
  maxDepth?: number;
  /** Force a format; otherwise guessed from the file name, then from the text. */
  format?: SourceFormat;
  fileName?: string;
  /** The parse of this document's previous text: lets an edit re-parse only its own block. */
  previous?: ParsedSource;
}

export interface ParsedSource {
  text: string;
  format: SourceFormat;
  root: CfnNode | undefined;
  problems: ParseProblem[];
  lines: LineIndex;
  /** True when a fatal problem means the tree is partial or missing. */
  hasFatalProblem: boolean;
}

export const DEFAULT_MAX_CHARS = 5 * 1024 * 1024;

export function guessFormat(text: string, fileName?: string): SourceFormat {
  if (fileName) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.json')) return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  }
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** Parses YAML or JSON into CfnNodes with source spans. Never throws. */
export function parseSource(text: string, options: ParseOptions = {}): ParsedSource {
  const format = options.format ?? guessFormat(text, options.fileName);
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const maxNodes = options.maxNodes ?? 1_000_000;
  const maxDepth = options.maxDepth ?? 256;
  if (options.previous && format === 'yaml') {
    const edited = reparseEdit(options.previous, text, { maxChars, maxNodes, maxDepth });
    if (edited) return edited;
  }
  const lines = new LineIndex(text);
  const problems: ParseProblem[] = [];
  const result = (root: CfnNode | undefined): ParsedSource => ({
    text,
    format,
    root,
    problems,
    lines,
    hasFatalProblem: problems.some((p) => p.fatal),
  });

  if (text.length > maxChars) {
    problems.push({
      code: 'too-large',
      message: `The file is ${formatSize(text.length)}, over the ${formatSize(maxChars)} limit; it was not analysed. Raise archlens.maxFileSize to analyse it.`,
      span: { start: 0, end: 0 },
      fatal: true,
    });
    return result(undefined);
  }

  const tooDeep = findExcessiveNesting(text, maxDepth * 2);
  if (tooDeep >= 0) {
    problems.push({ code: 'too-deep', message: `The file nests deeper than ${maxDepth * 2} levels; it was not analysed.`, span: { start: tooDeep, end: tooDeep + 1 }, fatal: true });
    return result(undefined);
  }

  try {
    if (format === 'json') checkStrictJson(text, problems);
    const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });
    for (const error of doc.errors) {
      const multiple = error.message.startsWith('Source contains multiple documents');
      if (format === 'json' && problems.length > 0) continue; // JSON.parse already said it.
      problems.push({
        code: multiple ? 'multiple-documents' : 'syntax',
        message: multiple ? 'More than one YAML document (---); a CloudFormation template is a single document.' : cleanYamlMessage(error.message),
        span: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) },
        fatal: true,
      });
    }
    const root = convertYamlDocument(doc, text, { maxNodes, maxDepth }, problems);
    return result(root);
  } catch (error) {
    // The yaml package can overflow the stack on pathological nesting; report it, don't crash.
    problems.push({ code: 'syntax', message: `The file could not be parsed: ${cleanYamlMessage((error as Error).message)}`, span: { start: 0, end: 0 }, fatal: true });
    return result(undefined);
  }
}

/** JSON templates must be strict JSON; YAML would accept comments and unquoted keys. */
function checkStrictJson(text: string, problems: ParseProblem[]): void {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const match = /position (\d+)/.exec(message);
    const offset = match ? Number(match[1]) + (text.startsWith('\uFEFF') ? 1 : 0) : 0;
    const hint = /\/\/|\/\*/.test(text) ? ' JSON templates cannot contain comments.' : '';
    problems.push({
      code: 'syntax',
      message: `Invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}.${hint}`,
      span: { start: offset, end: Math.min(offset + 1, text.length) },
      fatal: true,
    });
  }
}

function cleanYamlMessage(message: string): string {
  // The yaml package reports a stack overflow on pathological nesting as its error text.
  if (/call stack/i.test(message)) return 'The file nests too deeply to parse.';
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}
