import type { TextEdit } from './textEdit';

/**
 * Joins insertions that land on the same offset into one edit, in array (reading) order.
 * Editors disagree on the order of same-offset inserts (VS Code keeps array order, a
 * right-to-left `applyEdits` reverses it), so a fix that both adds a property at the end
 * of the last resource and adds a new resource after it must not leave that to chance.
 */
export function combineInsertions(edits: ReadonlyArray<TextEdit | undefined>): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    if (!edit) continue;
    const same = edit.start === edit.end ? out.find((e) => e.start === edit.start && e.end === edit.end) : undefined;
    if (same) same.newText += edit.newText;
    else out.push({ ...edit });
  }
  return out;
}
