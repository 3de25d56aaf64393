import { mapEntry, type CfnMap } from '../parse/nodes';
import type { Template } from '../model/template';
import type { TextEdit } from './textEdit';

/**
 * Renames one key of a map in place, keeping its value, comments and quoting
 * (`"Key"` in JSON, `'Key'`/`"Key"`/plain in YAML). Undefined when the key is absent or
 * the new key already exists.
 */
export function renameKey(template: Template, map: CfnMap, key: string, newKey: string): TextEdit | undefined {
  const entry = mapEntry(map, key);
  if (!entry || mapEntry(map, newKey)) return undefined;
  const original = template.source.text.slice(entry.keySpan.start, entry.keySpan.end);
  const quote = original[0];
  const newText = quote === '"' ? JSON.stringify(newKey) : quote === "'" ? `'${newKey.replace(/'/g, "''")}'` : newKey;
  return { start: entry.keySpan.start, end: entry.keySpan.end, newText };
}
