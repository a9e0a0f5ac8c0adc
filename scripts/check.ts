// Thin shell around runCheckCommand; see src/cli/checkCommand.ts.
import { runCheckCommand } from '../src/cli/checkCommand.ts';

process.exitCode = await runCheckCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
});
