import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared corpus sits beside the clone (CI clones main with shared/ next to it). */
export const CORPUS_DIR = resolve(process.cwd(), '../shared/corpus');

const TEMPLATE_NAME = /\.(ya?ml|json|template)$/i;

export function listFiles(dir: string, pattern: RegExp = TEMPLATE_NAME, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) listFiles(full, pattern, out);
    else if (pattern.test(name)) out.push(full);
  }
  return out;
}

/** Every corpus file and every template fixture of this repository. */
export function templateFiles(): string[] {
  return [...listFiles(CORPUS_DIR), ...listFiles(join(process.cwd(), 'test', 'fixtures'), /\.(ya?ml|json|template)$/i).filter((f) => !f.includes('/sarif/'))];
}
