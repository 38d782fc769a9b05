import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Io } from './extract-command';
import { parseArgs, USAGE } from './parse-args';
import { UsageError } from './read-input';

/**
 * The sourcelight command line (contract in shared/docs/architecture.md). Returns the exit code:
 * 0 when it ran (also for "not an article"), 2 for bad usage or unreadable input, with a
 * one-line message on stderr (per unreadable file, in a batch that reads the others).
 */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.name === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    // Each command's modules load when it runs: the extract command's DOMs (jsdom above all) take
    // a second and more to load, and `sources` and `--help` need none of them.
    if (command.name === 'sources') {
      const { runSources } = await import('./sources-command');
      await runSources(command.file, command.url, io);
      return 0;
    }
    const { extractFile, printResult } = await import('./extract-command');
    // Several files go on past one that cannot be read (its line on stderr) and exit 2 at the
    // end: one unreadable page must not cost the other pages' results.
    const many = command.files.length > 1;
    let unreadable = false;
    for (const file of command.files) {
      try {
        const result = await extractFile(file, command.url, io);
        printResult(many ? { file, ...result } : result, command.format, command.url, io);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        report(error, io);
        unreadable = true;
      }
    }
    return unreadable ? 2 : 0;
  } catch (error) {
    report(error, io);
    return 2;
  }
}

/** The one-line message for a failure: ours say what is wrong; anything else is our bug. */
function report(error: unknown, io: Io): void {
  const message = error instanceof UsageError ? error.message : `internal error: ${String(error)}`;
  io.stderr.write(`sourcelight: ${message.replace(/\s+/g, ' ')}\n`);
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
