import { combineEdits } from './compositeEdits';
import type { TextEdit } from './textEdit';

/**
 * Joins insertions that land on the same offset into one edit, in array (reading) order,
 * skipping edits that could not be built. Editors disagree on the order of same-offset
 * inserts, so a fix that both adds a property at the end of the last resource and adds a
 * new resource after it must not leave that to chance. Overlapping edits make no fix.
 */
export function combineInsertions(edits: ReadonlyArray<TextEdit | undefined>): TextEdit[] {
  return combineEdits(edits.filter((edit): edit is TextEdit => edit !== undefined)) ?? [];
}
