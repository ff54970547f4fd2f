#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./radar/main.ts');
const { ioProblem } = await import('./radar/read-json.ts');

// A reader that stops early (`radar table ... | head`) closes the pipe:
// not a failure. Other write errors get one line instead of a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`radar: cannot write output (${ioProblem(error)})\n`);
  process.exit(1);
});
process.exitCode = await main(process.argv.slice(2));
