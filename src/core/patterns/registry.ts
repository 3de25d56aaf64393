import { s3ThumbnailsPattern } from './catalog/s3Thumbnails';
import { staticSitePattern } from './catalog/staticSite';
import { welcomeEmailPattern } from './catalog/welcomeEmail';
import type { PatternDefinition } from './types';

/** Every pattern ArchLens scaffolds, in the order of the spec's table. */
export const PATTERNS: readonly PatternDefinition[] = [staticSitePattern, welcomeEmailPattern, s3ThumbnailsPattern];

export const PATTERNS_BY_ID: ReadonlyMap<string, PatternDefinition> = new Map(PATTERNS.map((p) => [p.id, p]));

export function findPattern(id: string): PatternDefinition | undefined {
  return PATTERNS_BY_ID.get(id);
}
