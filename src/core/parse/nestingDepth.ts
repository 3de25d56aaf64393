/**
 * How deep a text nests, estimated in one pass without parsing: the indentation levels of
 * block lines, the compact `- ` and `? ` entries that open a line, and the open flow
 * brackets. The `yaml` parser recurses once per level, and near the stack limit V8 can
 * abort the whole process while compiling a regular expression instead of throwing (seen
 * at about 1,000 levels), which would take the extension host down with it. So texts
 * nested far deeper than any template are refused before they reach the parser.
 * Brackets inside quoted strings count too: the estimate may be high, never low.
 * Returns the offset where the estimate first passes `limit`, or -1.
 */
export function findExcessiveNesting(text: string, limit: number): number {
  const indents: number[] = [];
  let flow = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline < 0 ? text.length : newline;
    let i = lineStart;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const first = text.charCodeAt(i);
    if (i < end && first !== 35 /* # */ && first !== 13 /* \r */ && flow === 0) {
      const indent = i - lineStart;
      while (indents.length > 0 && indents[indents.length - 1] > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1] < indent) indents.push(indent);
    }
    let compact = 0;
    while (i + 1 < end && (text[i] === '-' || text[i] === '?') && text[i + 1] === ' ') {
      compact++;
      i += 2;
      while (i < end && text.charCodeAt(i) === 32) i++;
    }
    if (indents.length + compact + flow > limit) return i;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 91 /* [ */ || c === 123 /* { */) {
        if (indents.length + compact + ++flow > limit) return i;
      } else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) {
        flow--;
      }
    }
    lineStart = end + 1;
  }
  return -1;
}
