/** Runs the CLI in-process and captures what it prints. */
import { runCli } from "../../src/cli/run";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  return cliIn(undefined, ...argv);
}

/** As in a terminal `width` characters wide (undefined: output to a file or a pipe). */
export async function cliIn(width: number | undefined, ...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t), width });
  return { code, stdout, stderr };
}
