// Thin shell around runAgenciesCommand; see src/cli/agenciesCommand.ts.
import { runAgenciesCommand } from '../src/cli/agenciesCommand.ts';

process.exitCode = await runAgenciesCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
