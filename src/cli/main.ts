import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractFile, printResult, type Io } from './extract-command';
import { parseArgs, USAGE } from './parse-args';
import { UsageError } from './read-input';
import { runSources } from './sources-command';

/**
 * The sourcelight command line (contract in shared/docs/architecture.md). Returns the exit code:
 * 0 when it ran (also for "not an article"), 2 for bad usage or unreadable input, with a
 * one-line message on stderr.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.name === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command.name === 'sources') {
      await runSources(command.file, command.url, io);
      return 0;
    }
    const many = command.files.length > 1;
    for (const file of command.files) {
      const result = await extractFile(file, command.url, io);
      printResult(many ? { file, ...result } : result, command.format, command.url, io);
    }
    return 0;
  } catch (error) {
    const message =
      error instanceof UsageError ? error.message : `internal error: ${String(error)}`;
    io.stderr.write(`sourcelight: ${message.replace(/\s+/g, ' ')}\n`);
    return 2;
  }
}

const invokedDirectly = (): boolean => {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
};

if (invokedDirectly()) {
  // Not process.exit(): it would cut off output still queued for a pipe (see bin/sourcelight.mjs).
  process.exitCode = await main(process.argv.slice(2), process);
}
