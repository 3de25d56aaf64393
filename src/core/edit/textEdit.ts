/** A replacement of the source text between two offsets (end exclusive). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Applies non-overlapping edits; used by the CLI, tests and the browser alike. Inserts at
 * the same offset land in the order given, as VS Code applies a WorkspaceEdit.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index)
    .map(({ edit }) => edit);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
