// Thin shell around runImportCommand; see src/cli/importCommand.ts.
import { runImportCommand } from '../src/cli/importCommand.ts';

process.exitCode = await runImportCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
