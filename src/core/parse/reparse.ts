import { parseDocument } from 'yaml';
import { LineIndex } from './lineIndex';
import { findExcessiveNesting } from './nestingDepth';
import { isMap, type CfnEntry, type CfnMap, type CfnNode, type Span } from './nodes';
import type { ParseProblem } from './problems';
import type { ParsedSource } from './parseTemplate';
import { convertYamlDocument } from './yamlConvert';

/**
 * Re-parses only the block an edit touched, so a keystroke in one resource of a
 * 500-resource template costs a few lines of YAML instead of the whole file.
 *
 * The block is an entry of the root map or of one of its maps (`Resources.Queue7`), from
 * its key's line to the next sibling key's line. The new text of that block is parsed on
 * its own and spliced into the previous tree, and every node after it is shifted by the
 * length difference. Returns undefined whenever that might not equal a full parse, and the
 * caller parses the whole text: any earlier problem, aliases, JSON or flow-style maps, an
 * edit that crosses a block's edges, a block whose new text is not exactly one entry with
 * the same key, or a line indented out of it. A property test compares the two on random
 * edits of every corpus and fixture template.
 */
export function reparseEdit(previous: ParsedSource, text: string, options: { maxChars: number; maxNodes: number; maxDepth: number }): ParsedSource | undefined {
  const old = previous.text;
  if (previous.format !== 'yaml' || previous.problems.length > 0 || !isMap(previous.root)) return undefined;
  // Without aliases every node takes at least one character, so the node budget holds.
  if (text.length > options.maxChars || text.length > options.maxNodes) return undefined;
  if (text === old) return previous;
  if (MAYBE_ALIAS.test(text)) return undefined;

  const edit = changedRegion(old, text);
  const root = previous.root;
  if (!isBlockMap(old, root)) return undefined;
  const top = enclosingEntry(old, root, 0, old.length, edit);
  if (!top) return undefined;

  const inner = top.entry.value;
  const nested = isMap(inner) && isBlockMap(old, inner) ? enclosingEntry(old, inner, top.start, top.end, edit) : undefined;
  if (nested && !nested.isLast) {
    const block = reparseBlock(text, edit, nested, options.maxDepth, 2);
    if (block) {
      const value = splice(inner as CfnMap, nested.index, block.entry, edit.delta);
      return spliced(text, splice(root, top.index, { ...top.entry, value }, edit.delta));
    }
  }
  const block = reparseBlock(text, edit, top, options.maxDepth, 1);
  return block && spliced(text, splice(root, top.index, block.entry, edit.delta, top.isLast ? block.mapEnd : undefined));
}

/** An anchor or alias outside quotes: `&name` or `*name` after white space or a flow indicator. */
const MAYBE_ALIAS = /(?:^|[\s,[{:-])[&*][^\s,[\]{}]/m;

interface Edit {
  /** Where the old and new texts first differ. */
  start: number;
  /** End of the replaced text in the old text. */
  oldEnd: number;
  /** New length minus old length. */
  delta: number;
}

/** The one region that differs, from the common prefix and suffix. */
function changedRegion(old: string, text: string): Edit {
  const limit = Math.min(old.length, text.length);
  let start = 0;
  while (start < limit && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < limit - start && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return { start, oldEnd: old.length - suffix, delta: text.length - old.length };
}

interface Block {
  entry: CfnEntry;
  index: number;
  isLast: boolean;
  /** From the start of the key's line to the start of the next sibling's key line. */
  start: number;
  end: number;
}

function isBlockMap(text: string, map: CfnMap): boolean {
  return map.entries.length > 0 && map.shortTag === undefined && text[map.span.start] !== '{';
}

/** The entry of `map` whose lines hold the whole edit, if one does. */
function enclosingEntry(text: string, map: CfnMap, parentStart: number, parentEnd: number, edit: Edit): Block | undefined {
  const entries = map.entries;
  for (let index = 0; index < entries.length; index++) {
    const start = lineStart(text, entries[index].keySpan.start);
    const isLast = index === entries.length - 1;
    const end = isLast ? parentEnd : lineStart(text, entries[index + 1].keySpan.start);
    if (start < parentStart || !/^ *$/.test(text.slice(start, entries[index].keySpan.start))) return undefined;
    if (edit.start < start) return undefined;
    // An edit at `end` (the next key's line start) joins this block, which then must still end with a line break.
    if (edit.oldEnd <= end && edit.start <= end) return { entry: entries[index], index, isLast, start, end };
  }
  return undefined;
}

/**
 * Parses the block's new text alone, followed by a stand-in for the sibling key that
 * follows it in the document (so trailing comments and blank lines end the same way).
 * Undefined unless the text is one entry with the same key.
 */
function reparseBlock(text: string, edit: Edit, block: Block, maxDepth: number, level: number): { entry: CfnEntry; mapEnd: number } | undefined {
  const end = block.end + edit.delta;
  const atEnd = end === text.length;
  if (end < block.start || (!atEnd && text[end - 1] !== '\n')) return undefined;
  const slice = text.slice(block.start, end);
  const column = block.entry.keySpan.start - block.start;
  if (!staysInside(slice, column) || findExcessiveNesting(slice, maxDepth) >= 0) return undefined;
  const source = atEnd ? slice : `${slice}${' '.repeat(column)}${NEXT_KEY}: 0\n`;
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false, strict: false });
  if (doc.errors.length > 0) return undefined;
  const problems: ParseProblem[] = [];
  const root = convertYamlDocument(doc, source, { maxNodes: Number.MAX_SAFE_INTEGER, maxDepth: maxDepth - (level - 1) }, problems);
  if (problems.length > 0 || !isMap(root) || root.entries.length !== (atEnd ? 1 : 2)) return undefined;
  const [entry, next] = root.entries;
  if (entry.key !== block.entry.key || entry.keySpan.start !== column || (next && next.key !== NEXT_KEY)) return undefined;
  return { entry: shiftEntry(entry, block.start), mapEnd: root.span.end + block.start };
}

const NEXT_KEY = 'archlens-next-block';

/** The first line starts with the key at `column`; every other line with content is indented past it. */
function staysInside(slice: string, column: number): boolean {
  const lines = slice.split('\n');
  const first = lines[0];
  if (!/^ *$/.test(first.slice(0, column)) || /^[\s#?-]/.test(first.slice(column))) return false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    const rest = line.slice(indent);
    if (rest === '' || rest === '\r' || rest.startsWith('#')) continue;
    if (!/^ *$/.test(line.slice(0, indent)) || indent <= column) return false;
  }
  return true;
}

/**
 * `map` with entry `index` replaced and later entries moved by `delta`. The map's end
 * moves with them, unless the replaced entry is its last, when the caller knows the end.
 */
function splice(map: CfnMap, index: number, entry: CfnEntry, delta: number, lastEntryEnd?: number): CfnMap {
  const entries = map.entries.slice(0, index);
  entries.push(entry);
  for (let i = index + 1; i < map.entries.length; i++) entries.push(shiftEntry(map.entries[i], delta));
  return { ...map, entries, span: { start: map.span.start, end: lastEntryEnd ?? map.span.end + delta } };
}

function spliced(text: string, root: CfnNode): ParsedSource {
  return { text, format: 'yaml', root, problems: [], lines: new LineIndex(text), hasFatalProblem: false };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

const shiftSpan = (span: Span, delta: number): Span => ({ start: span.start + delta, end: span.end + delta });

function shiftEntry(entry: CfnEntry, delta: number): CfnEntry {
  return { key: entry.key, keySpan: shiftSpan(entry.keySpan, delta), value: shiftNode(entry.value, delta) };
}

function shiftNode(node: CfnNode, delta: number): CfnNode {
  const span = shiftSpan(node.span, delta);
  if (node.kind === 'scalar') return { ...node, span };
  if (node.kind === 'seq') return { ...node, items: node.items.map((item) => shiftNode(item, delta)), span };
  return { ...node, entries: node.entries.map((entry) => shiftEntry(entry, delta)), span };
}
