import { isMap, mapGet } from '../parse/nodes';
import type { Template } from '../model/template';

/** The logical id of the resource whose entry contains the offset (key or body), if any. */
export function resourceAt(template: Template, offset: number): string | undefined {
  const resources = mapGet(template.root, 'Resources');
  if (!isMap(resources)) return undefined;
  for (const entry of resources.entries) {
    if (entry.keySpan.start <= offset && offset <= Math.max(entry.value.span.end, entry.keySpan.end)) return entry.key;
  }
  return undefined;
}
