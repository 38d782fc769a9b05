// Packs dist/chrome and dist/firefox into store-ready zips (dist/sourcelight-<browser>-<version>.zip).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
for (const browser of ['chrome', 'firefox']) {
  const out = path.join(root, 'dist', `sourcelight-${browser}-${version}.zip`);
  // zip from inside the folder so manifest.json sits at the zip's root, as the stores require.
  execFileSync('zip', ['-q', '-r', '-X', out, '.'], { cwd: path.join(root, 'dist', browser) });
  console.log(`wrote ${path.relative(root, out)}`);
}
