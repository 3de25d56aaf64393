import { promises as fs } from 'node:fs';

/** What a CLI command may touch, so tests can run commands in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Files under a directory, recursively, as paths. */
  listFiles(dir: string): Promise<string[]>;
  isDirectory(path: string): Promise<boolean>;
}

/** Exit codes: 0 clean, 1 findings over the bar, 2 usage or I/O error. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => fs.readFile(path, 'utf8'),
  writeFile: (path, data) => fs.writeFile(path, data, 'utf8'),
  exists: async (path) => fs.access(path).then(() => true, () => false),
  isDirectory: async (path) => (await fs.stat(path)).isDirectory(),
  async listFiles(dir) {
    const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath ?? (entry as unknown as { path: string }).path}/${entry.name}`)
      .sort();
  },
};
