import { main } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/io';

/** Runs the CLI in-process against the real file system, capturing its output. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    ...nodeIo,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
