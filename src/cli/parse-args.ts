import { UsageError } from './read-input';

export type OutputFormat = 'json' | 'text' | 'markdown' | 'html';

export type Command =
  | { name: 'extract'; files: string[]; url: string | null; format: OutputFormat }
  | { name: 'sources'; file: string; url: string | null }
  | { name: 'help' };

export const USAGE = `usage: sourcelight extract FILE... [--url URL] [--format json|text|markdown|html]
       sourcelight sources [FILE|-] [--url URL]
FILE is .html, .html.gz or - (stdin).`;

const FORMATS: OutputFormat[] = ['json', 'text', 'markdown', 'html'];

/** The command line as a Command; throws UsageError (exit 2) on anything it does not understand. */
export function parseArgs(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return { name: 'help' };
  if (name !== 'extract' && name !== 'sources')
    throw new UsageError(`unknown command "${name}" (try --help)`);
  const files: string[] = [];
  let url: string | null = null;
  let format: OutputFormat = 'json';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--url') url = checkUrl(value());
    else if (flag === '--format' && name === 'extract') {
      const wanted = value() as OutputFormat;
      if (!FORMATS.includes(wanted))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
      format = wanted;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else files.push(arg);
  }
  if (name === 'sources') {
    if (files.length > 1) throw new UsageError('sources reads one FILE or - (stdin)');
    return { name, file: files[0] ?? '-', url };
  }
  if (files.length === 0) throw new UsageError('extract needs at least one FILE (or - for stdin)');
  if (url && files.length > 1) throw new UsageError('--url names one page: give it with one FILE');
  if (format !== 'json' && files.length > 1)
    throw new UsageError(`--format ${format} takes one FILE`);
  return { name, files, url, format };
}

function checkUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // reported below
  }
  throw new UsageError(`--url must be an http(s) URL, got "${raw}"`);
}
