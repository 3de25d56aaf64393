import { lambdaTimeoutLimit } from './compute/AL101-lambda-timeout-limit';
import type { Rule } from './types';

/** Every check ArchLens runs, sorted by id. A test fails when one lacks fixtures or docs. */
export const RULES: readonly Rule[] = [lambdaTimeoutLimit];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
