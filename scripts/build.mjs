// Builds the extension for Chrome and Firefox from the one source manifest, and the Node CLI.
//   dist/chrome/   loadable unpacked in Chrome (background.service_worker)
//   dist/firefox/  loadable in Firefox (background.scripts + gecko settings)
//   dist/cli/      the `sourcelight` command-line tool
import { build } from 'vite';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentScripts, extensionPages, vendorGlobals } from './entries.mjs';
import { manifestFor } from './manifest-for.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const chromeDir = path.join(dist, 'chrome');
const started = performance.now();

await rm(dist, { recursive: true, force: true });

const quiet = { root, logLevel: 'warn', configFile: false, publicDir: false };

// Extension pages and the background: ES modules sharing chunks.
await build({
  ...quiet,
  base: './',
  build: {
    outDir: chromeDir,
    emptyOutDir: false,
    target: 'es2022',
    // Preload each page's chunks in parallel; no polyfill (it would be an inline script, which
    // the extension pages' CSP forbids).
    modulePreload: { polyfill: false },
    minify: true,
    rollupOptions: {
      input: Object.fromEntries(
        [...extensionPages]
          .filter((entry) => existsSync(path.join(root, entry.file)))
          .map((e) => [e.name, path.join(root, e.file)]),
      ),
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        // Third-party code in chunks of its own, so that web-ext lint can set it apart.
        // Turndown alone, so the popup fetches it only when the user copies Markdown.
        manualChunks: (id) =>
          /node_modules\/turndown\//.test(id)
            ? 'vendor-turndown'
            : /node_modules\/(dompurify|@mozilla\/readability)\//.test(id)
              ? 'vendor'
              : undefined,
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});

// Content scripts cannot import: each is one self-contained IIFE.
for (const script of contentScripts) {
  if (!existsSync(path.join(root, script.file))) continue;
  await build({
    ...quiet,
    build: {
      outDir: chromeDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: path.join(root, script.file),
        formats: ['iife'],
        name: '__sourcelight',
        fileName: () => script.out,
      },
      // The on-demand bundles take Readability and DOMPurify from content-vendor.js.
      rollupOptions: script.usesVendor
        ? {
            external: Object.keys(vendorGlobals),
            output: { extend: false, globals: vendorGlobals },
          }
        : { output: { extend: false } },
    },
  });
}

await cp(path.join(root, 'icons'), path.join(chromeDir, 'icons'), {
  recursive: true,
  filter: (source) => !source.endsWith('.svg'),
});

const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
await writeFile(
  path.join(chromeDir, 'manifest.json'),
  JSON.stringify(manifestFor(manifest, 'chrome'), null, 2),
);

const firefoxDir = path.join(dist, 'firefox');
await cp(chromeDir, firefoxDir, { recursive: true });
await writeFile(
  path.join(firefoxDir, 'manifest.json'),
  JSON.stringify(manifestFor(manifest, 'firefox'), null, 2),
);

// The CLI: one ES module for Node; package dependencies stay external.
if (existsSync(path.join(root, 'src/cli/main.ts'))) {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  await build({
    ...quiet,
    build: {
      outDir: path.join(dist, 'cli'),
      emptyOutDir: false,
      target: 'node20',
      ssr: path.join(root, 'src/cli/main.ts'),
      minify: false,
      rollupOptions: {
        external: [...Object.keys(pkg.dependencies ?? {}), /^node:/],
        output: { entryFileNames: 'sourcelight.mjs', format: 'es' },
      },
    },
  });
}

await mkdir(dist, { recursive: true });
console.log(
  `built dist/chrome, dist/firefox${existsSync(path.join(dist, 'cli')) ? ', dist/cli' : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
