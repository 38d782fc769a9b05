// Fails the check when a content script passes its minified+gzip budget (scripts/entries.mjs).
// Raise a budget only in the commit that needs it, and say why.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentScripts } from './entries.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/chrome');
let failed = false;
for (const script of contentScripts) {
  const file = path.join(dist, script.out);
  if (!existsSync(file)) {
    if (existsSync(path.resolve(dist, '../..', script.file))) {
      console.error(`size: ${script.out} was not built`);
      failed = true;
    }
    continue;
  }
  const code = await readFile(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const ok = gzip <= script.budgetGzip;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${script.out.padEnd(22)} ${(code.length / 1024).toFixed(1).padStart(7)} KB min  ${(gzip / 1024).toFixed(2).padStart(7)} KB gzip  (budget ${(script.budgetGzip / 1024).toFixed(0)} KB)`,
  );
}
process.exit(failed ? 1 : 0);
