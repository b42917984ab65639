/**
 * The headless report: `npm run cli -- report <files…>` and `npm run demo`.
 * Exit 0 when the report was made (findings are not failures); exit 2 with one clear line for a bad
 * call, an unreadable file, or a missing required source or column. Never a stack trace for bad input.
 */
import { runCli } from "./run";

// `npm run demo | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: still one line, with a hint where to look.
    process.stderr.write(`wsp-monitor: interne fout: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 3;
  },
);
