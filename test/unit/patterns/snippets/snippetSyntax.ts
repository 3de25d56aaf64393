/**
 * VS Code snippet syntax, as far as ArchLens's snippets use it: `${1:default}`,
 * `${2|a,b|}`, `$1` mirrors, `$0`, and `\$` for a literal dollar (CloudFormation's
 * `${AWS::StackName}` is written `\${AWS::StackName}`).
 */
import { parseSource } from '../../../../src/core/parse/parseTemplate';
import { toPlain } from '../../../../src/core/parse/nodes';

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; index: number; default: string; raw: string }
  | { kind: 'choice'; index: number; choices: string[]; raw: string }
  | { kind: 'mirror'; index: number; raw: string };

const PLACEHOLDER = /\\([$}\\])|\$\{(\d+):((?:[^}\\]|\\.)*)\}|\$\{(\d+)\|([^|]*)\|\}|\$\{(\d+)\}|\$(\d+)/g;

export function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  const text = (value: string) => {
    if (!value) return;
    const previous = tokens[tokens.length - 1];
    if (previous?.kind === 'text') previous.text += value;
    else tokens.push({ kind: 'text', text: value });
  };
  for (const match of body.matchAll(PLACEHOLDER)) {
    text(body.slice(last, match.index));
    last = match.index! + match[0].length;
    if (match[1] !== undefined) text(match[1]);
    else if (match[2] !== undefined) tokens.push({ kind: 'placeholder', index: Number(match[2]), default: match[3].replace(/\\(.)/g, '$1'), raw: match[0] });
    else if (match[4] !== undefined) tokens.push({ kind: 'choice', index: Number(match[4]), choices: match[5].split(','), raw: match[0] });
    else tokens.push({ kind: 'mirror', index: Number(match[6] ?? match[7]), raw: match[0] });
  }
  text(body.slice(last));
  return tokens;
}

/** The body as inserted when the user accepts every default. */
export function expandDefaults(body: string): string {
  const tokens = tokenize(body);
  const defaults = new Map<number, string>();
  for (const t of tokens) {
    if (t.kind === 'placeholder' && !defaults.has(t.index)) defaults.set(t.index, t.default);
    if (t.kind === 'choice' && !defaults.has(t.index)) defaults.set(t.index, t.choices[0]);
  }
  return tokens
    .map((t) => (t.kind === 'text' ? t.text : t.kind === 'placeholder' ? t.default : t.kind === 'choice' ? t.choices[0] : (defaults.get(t.index) ?? '')))
    .join('');
}

/** Tab stops in use, to check that every snippet has some and numbers them from 1. */
export function tabStops(body: string): number[] {
  return [...new Set(tokenize(body).filter((t) => t.kind !== 'text').map((t) => (t as { index: number }).index))].sort((a, b) => a - b);
}

/**
 * The JSON form of a YAML resource snippet: placeholders become sentinels, the YAML is
 * parsed into plain values (short tags in long form), written as JSON with tabs, and the
 * placeholders put back. Returns the members without the outer braces.
 */
export function yamlSnippetToJson(body: string): string {
  const tokens = tokenize(body.replace(/\n?\$0\s*$/, ''));
  const sentinels = new Map<string, string>();
  /** Placeholders that stand alone for a number or boolean are written unquoted in JSON. */
  const bare = new Set<string>();
  let yaml = '';
  tokens.forEach((t, i) => {
    if (t.kind === 'text') {
      yaml += t.text;
      return;
    }
    const sentinel = `Zph${i}Z`;
    sentinels.set(sentinel, t.raw);
    const value = t.kind === 'placeholder' ? t.default : t.kind === 'choice' ? t.choices[0] : '';
    const next = tokens[i + 1];
    const standsAlone = /: $|- $|\[$|, $/.test(yaml) && (!next || (next.kind === 'text' && /^(\n|,|\])/.test(next.text)));
    if (standsAlone && /^(-?\d+(\.\d+)?|true|false)$/.test(value)) bare.add(sentinel);
    yaml += sentinel;
  });
  const parsed = parseSource(yaml, { format: 'yaml' });
  const fatal = parsed.problems.filter((p) => p.fatal);
  if (fatal.length) throw new Error(`snippet YAML does not parse: ${fatal.map((p) => p.message).join('; ')}\n${yaml}`);
  const json = JSON.stringify(toPlain(parsed.root), null, '\t');
  const members = json.slice(1, -1).replace(/^\n/, '').replace(/\n$/, '').split('\n').map((line) => line.replace(/^\t/, '')).join('\n');
  return members
    .replace(/\\/g, '\\\\')
    .replace(/\$/g, '\\$')
    .replace(/"(Zph\d+Z)"/g, (quoted, sentinel: string) => (bare.has(sentinel) ? sentinels.get(sentinel)! : quoted))
    .replace(/Zph\d+Z/g, (sentinel) => sentinels.get(sentinel) ?? sentinel);
}
