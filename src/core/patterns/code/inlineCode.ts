/**
 * Lambda source that ships inline (`Code.ZipFile`). CloudFormation writes it to
 * `index.js`, so the handler is `index.handler`. Each one is short, runs on the Node.js
 * runtime with the AWS SDK v3 it bundles, and is exercised by a unit test.
 */
export interface InlineCode {
  /** Stable name, used by the tests to find the sample event for this code. */
  name: string;
  source: string;
  /** Modules the runtime doesn't bundle, expected from a layer the template names. */
  layerModules?: readonly string[];
}

/** Inline code must stay under CloudFormation's ZipFile limit. */
export const MAX_INLINE_CODE_CHARS = 4096;

export function inlineCode(name: string, source: string, layerModules?: readonly string[]): InlineCode {
  const trimmed = `${source.replace(/^\n+/, '').trimEnd()}\n`;
  if (trimmed.length > MAX_INLINE_CODE_CHARS) throw new Error(`Inline code ${name} is over ${MAX_INLINE_CODE_CHARS} characters`);
  return { name, source: trimmed, layerModules };
}
