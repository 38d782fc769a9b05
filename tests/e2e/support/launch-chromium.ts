/**
 * Loads the built extension (dist/chrome) into Debian's Chromium, headless, with a fresh profile
 * and no network but 127.0.0.1 (shared/docs/e2e-recipe.md).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './serve-pages';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens an extension page (e.g. `popup/popup.html?tabId=3`) as a tab. */
  openExtensionPage(relative: string): Promise<Page>;
  /** The tab id Chromium gave to the page at `url`. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline Chromium: nothing but 127.0.0.1 resolves (e2e-recipe.md). */
export const OFFLINE_CHROMIUM_ARGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-sandbox',
  '--disable-gpu',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/**
 * The extension under test: SOURCELIGHT_EXTENSION_DIR when set (a private copy of a build, so
 * that a rebuild elsewhere cannot change it mid-run), else dist/chrome.
 */
export const EXTENSION_DIR =
  process.env.SOURCELIGHT_EXTENSION_DIR || path.join(repoRoot, 'dist/chrome');

export interface LaunchOptions {
  /** A profile to keep and reuse (created if missing, never deleted); default: a fresh temp one. */
  keptProfile?: string;
}

export async function launchChromium(
  extensionDir = EXTENSION_DIR,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const kept = options.keptProfile ? path.resolve(options.keptProfile) : null;
  if (kept) await mkdir(kept, { recursive: true });
  const userDataDir = kept ?? (await mkdtemp(path.join(os.tmpdir(), 'sourcelight-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...OFFLINE_CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async openExtensionPage(relative) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${relative}`);
      return page;
    },
    async tabIdOf(url) {
      const id = await worker.evaluate(async (target) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab shows ${url}`);
      return id;
    },
    async close() {
      await context.close();
      if (!kept) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
