/**
 * Installs a copy of dist/firefox, plus a test-only bridge (firefox-bridge/), into Debian's
 * firefox-esr over WebDriver BiDi with puppeteer-core (shared/docs/e2e-recipe.md section 6).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './serve-pages';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  browser: Browser;
  /** Asks the extension to open one of its pages for the tab of `page`; resolves to that page. */
  openExtensionPageFor(page: Page, relative: string): Promise<{ page: Page; tabId: number }>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sourcelight-ff-'));
  await cp(path.join(repoRoot, 'dist/firefox'), dir, { recursive: true });
  await cp(path.join(repoRoot, 'tests/e2e/support/firefox-bridge'), path.join(dir, 'e2e-bridge'), {
    recursive: true,
  });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.background.scripts.push('e2e-bridge/background.js');
  manifest.content_scripts.push({ matches: ['http://127.0.0.1/*'], js: ['e2e-bridge/content.js'] });
  await writeFile(manifestPath, JSON.stringify(manifest));

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Keep Firefox off the network: no remote settings, no updates, no telemetry.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1, 127.0.0.2',
      'network.proxy.allow_hijacking_localhost': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      // Host permissions are opt-in in Firefox MV3; grant the ones the manifest asks for, as a user would at install.
      'extensions.originControls.grantByDefault': true,
    },
  });
  await browser.installExtension(dir);
  return {
    browser,
    async openExtensionPageFor(page, relative) {
      const created = new Promise<Page>((resolve) => {
        browser.once('targetcreated', (target) => {
          void target.page().then((opened) => opened && resolve(opened));
        });
      });
      await page.evaluate(
        (target) => window.postMessage({ sourcelightE2eOpen: target }, '*'),
        relative,
      );
      const opened = await created;
      await page.waitForFunction(() => document.documentElement.dataset.sourcelightE2eTab);
      const tabId = Number(
        await page.evaluate(() => document.documentElement.dataset.sourcelightE2eTab),
      );
      return { page: opened, tabId };
    },
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
