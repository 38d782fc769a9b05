// Renders icons/icon.svg to the PNG sizes the manifest names, in two states:
// "on" (an article is here: lit highlighter) and "off" (dim). Uses Debian's Chromium.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = await readFile(path.join(root, 'icons/icon.svg'), 'utf8');
const states = {
  on: { paper: '#fffaf0', ink: '#1f2937', light: '#f59e0b' },
  off: { paper: '#f3f4f6', ink: '#6b7280', light: '#d1d5db' },
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const [state, colours] of Object.entries(states)) {
  for (const size of [16, 32, 48, 128]) {
    const vars = Object.entries(colours)
      .map(([name, value]) => `--${name}:${value}`)
      .join(';');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px;${vars}}</style>${svg}`,
    );
    await page.screenshot({
      path: path.join(root, `icons/icon-${state}-${size}.png`),
      omitBackground: true,
    });
  }
}
await browser.close();
console.log('rendered icons/icon-{on,off}-{16,32,48,128}.png');
