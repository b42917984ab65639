// Runs each command given as an argument, in order, even when an earlier one fails, and exits with the
// first non-zero exit code (so `npm run bench` shows the pane's budgets also when an engine target is
// missed). Cross-platform: each command runs in the platform's shell.
const { spawnSync } = require("node:child_process");

let code = 0;
for (const command of process.argv.slice(2)) {
  const result = spawnSync(command, { shell: true, stdio: "inherit" });
  const status = result.status ?? 1;
  if (status !== 0 && code === 0) code = status;
}
process.exit(code);
