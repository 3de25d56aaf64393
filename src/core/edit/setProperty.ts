import { nodeAt } from '../parse/nodes';
import type { Resource, Template } from '../model/template';
import type { PlainValue } from './serialize';
import { setResourceProperty, setScalarValue, type Fix } from './templateEdits';

/**
 * Sets `Properties.<keys…>` of a resource where the template decides it: an existing
 * literal, or the Default of the parameter it refers to (so the value follows the user's
 * own indirection); otherwise the property is written into the resource.
 */
export function setPropertyValue(template: Template, resource: Resource, keys: string[], value: PlainValue, fixId: string): Fix[] {
  const existing = nodeAt(resource.properties, keys);
  if (existing !== undefined && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
    const fixes = setScalarValue(template, existing, value, fixId);
    if (fixes.length > 0) return fixes;
  }
  return setResourceProperty(template, resource, keys, value, fixId);
}
