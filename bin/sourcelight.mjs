#!/usr/bin/env node
// Launcher for the built CLI (npm run build writes dist/cli/sourcelight.mjs from src/cli/main.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/sourcelight.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write(
    'sourcelight: dist/cli/sourcelight.mjs is missing; run `npm run build` first\n',
  );
  process.exit(2);
}
const { main } = await import('../dist/cli/sourcelight.mjs');
// exitCode, not process.exit(): stdout to a pipe is written asynchronously, and exiting at once
// cut piped output off at the pipe's 64 KB (`sourcelight extract long.html | jq`).
process.exitCode = await main(process.argv.slice(2), process);
