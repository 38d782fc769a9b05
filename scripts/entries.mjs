// What the build bundles. Pages and the background are ES modules; content scripts are IIFEs.
export const extensionPages = [
  { name: 'background', file: 'src/background/index.ts' },
  { name: 'popup', file: 'popup/popup.html' },
  { name: 'library', file: 'src/library/library.html' },
];

/** Libraries of the on-demand bundles: built once into content-vendor.js, injected first. */
export const vendorGlobals = {
  '@mozilla/readability': 'sourcelightVendor.readability',
  dompurify: 'sourcelightVendor.dompurify',
};

export const contentScripts = [
  { file: 'src/content/vendor.ts', out: 'content-vendor.js', budgetGzip: 40 * 1024, vendor: true },
  // On every page: the detector (size budget in check-size.mjs).
  { file: 'src/content/detect.ts', out: 'content-detect.js', budgetGzip: 4096 },
  // Injected on demand only, when the user asks for the article.
  {
    file: 'src/content/extract.ts',
    out: 'content-extract.js',
    budgetGzip: 150 * 1024,
    usesVendor: true,
  },
  {
    file: 'src/content/reader.ts',
    out: 'content-reader.js',
    budgetGzip: 160 * 1024,
    usesVendor: true,
  },
];
