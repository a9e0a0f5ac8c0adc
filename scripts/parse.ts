// Thin shell around runParseCommand; see src/cli/parseCommand.ts.
import { runParseCommand } from '../src/cli/parseCommand.ts';

process.exitCode = await runParseCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
