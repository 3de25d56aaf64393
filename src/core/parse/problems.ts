import type { Span } from './nodes';

export type ProblemCode =
  | 'syntax'
  | 'duplicate-key'
  | 'alias-budget'
  | 'too-deep'
  | 'too-large'
  | 'multiple-documents'
  | 'unknown-tag'
  | 'not-an-object';

/** A structured parse problem. `fatal` problems mean the tree is not trustworthy. */
export interface ParseProblem {
  code: ProblemCode;
  message: string;
  span: Span;
  fatal: boolean;
}
