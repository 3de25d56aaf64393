import { isMap, isScalar, mapGet, type CfnNode } from '../parse/nodes';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
const RESOURCE_TYPE = /^(AWS|Custom|Alexa)::[A-Za-z0-9]+(::[A-Za-z0-9]+)*$|^Custom::/;

/** Transform may be a string or a list; true when it names the SAM transform. */
export function hasSamTransform(root: CfnNode | undefined): boolean {
  const transform = mapGet(root, 'Transform');
  if (isScalar(transform)) return transform.value === SAM_TRANSFORM;
  if (transform?.kind === 'seq') return transform.items.some((item) => isScalar(item) && item.value === SAM_TRANSFORM);
  return false;
}

/**
 * A document is a CloudFormation/SAM template when it declares the format version, names
 * the SAM transform, or has a Resources map whose entries have CloudFormation types.
 * Workflows, Kubernetes manifests, compose files and OpenAPI documents fail all three.
 */
export function isTemplateRoot(root: CfnNode | undefined): boolean {
  if (!isMap(root)) return false;
  if (mapGet(root, 'AWSTemplateFormatVersion') !== undefined) return true;
  if (hasSamTransform(root)) return true;
  const resources = mapGet(root, 'Resources');
  if (!isMap(resources) || resources.entries.length === 0) return false;
  return resources.entries.some((entry) => {
    const type = mapGet(entry.value, 'Type');
    return isScalar(type) && typeof type.value === 'string' && RESOURCE_TYPE.test(type.value);
  });
}

/** For text that does not parse: does it still look like a template the user is editing? */
export function looksLikeTemplateText(text: string): boolean {
  const head = text.slice(0, 200_000);
  if (/AWSTemplateFormatVersion/.test(head) || head.includes(SAM_TRANSFORM)) return true;
  return /^["']?Resources["']?\s*:/m.test(head) && /["']?Type["']?\s*:\s*["']?(AWS|Custom)::/.test(head);
}
