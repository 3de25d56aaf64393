import { UsageError, type CliIo } from './io';

/** Reads a template file, turning I/O failures into one-line usage errors (exit 2). */
export async function readInput(io: CliIo, file: string): Promise<string> {
  if (!(await io.exists(file))) throw new UsageError(`no such file: ${file}`);
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
