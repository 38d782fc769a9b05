// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createReaderController,
  type ReaderController,
  type ReaderStorage,
} from '../../src/reader/reader-controller';
import type { ReaderSettings } from '../../src/platform/reader-settings';
import { sampleArticle } from './sample-article';

const SETTINGS: ReaderSettings = {
  theme: 'sepia',
  font: 'serif',
  size: 19,
  width: 68,
  lineHeight: 1.6,
};

/** Storage that remembers writes and lets a test play "another tab changed it". */
function fakeStorage() {
  const settingsListeners = new Set<(s: ReaderSettings) => void>();
  const siteListeners = new Set<(sites: string[]) => void>();
  const storage: ReaderStorage & {
    written: ReaderSettings[];
    sites: Map<string, boolean>;
    savedTabs: number[];
  } = {
    written: [],
    sites: new Map(),
    savedTabs: [],
    saveToLibrary: async (tabId) => {
      storage.savedTabs.push(tabId);
      return 'Saved to your library';
    },
    writeSettings: async (s) => void storage.written.push(s),
    watchSettings: (listener) => {
      settingsListeners.add(listener);
      return () => settingsListeners.delete(listener);
    },
    setSite: async (site, on) => void storage.sites.set(site, on),
    watchSites: (listener) => {
      siteListeners.add(listener);
      return () => siteListeners.delete(listener);
    },
  };
  return { storage, settingsListeners, siteListeners };
}

/** The reader's shadow root is closed: the test keeps the one attachShadow hands out. */
let shadows: ShadowRoot[] = [];
const realAttach = Element.prototype.attachShadow;

beforeEach(() => {
  shadows = [];
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = realAttach.call(this, init);
    shadows.push(root);
    return root;
  });
  document.documentElement.lang = 'en';
  document.body.replaceChildren();
  const main = document.createElement('main');
  main.id = 'page';
  main.append(
    'The page itself. ',
    Object.assign(document.createElement('button'), { textContent: 'Page button' }),
  );
  document.body.append(main);
});
afterEach(() => {
  for (const controller of opened) controller.close();
  opened.length = 0;
  vi.restoreAllMocks();
});

/** Every controller a test makes, closed after it so no reader outlives its test. */
const opened: ReaderController[] = [];
function newController(storage: ReaderStorage = fakeStorage().storage): ReaderController {
  const controller = createReaderController(document, '', storage);
  opened.push(controller);
  return controller;
}

function open(
  controller: ReaderController,
  place: { site: string | null; alwaysOpen: boolean; tabId: number } = {
    site: 'coast.example',
    alwaysOpen: false,
    tabId: 7,
  },
) {
  controller.open(sampleArticle(), SETTINGS, place);
  const shadow = shadows[shadows.length - 1]!;
  return shadow;
}

describe('saving from the reader', () => {
  it('saves the tab it is open in and says so', async () => {
    const { storage } = fakeStorage();
    const shadow = open(newController(storage));
    shadow.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    await vi.waitFor(() =>
      expect(shadow.querySelector('.sl-save-note')?.textContent).toBe('Saved to your library'),
    );
    expect(storage.savedTabs).toEqual([7]);
  });
});

describe('the reader over the page', () => {
  it('covers the page with the article and its highlighted sources', () => {
    const controller = newController();
    const shadow = open(controller);
    expect(document.querySelector('sourcelight-reader')).not.toBeNull();
    expect(shadow.querySelector('.sl-article-title')?.textContent).toMatch(/old pier/);
    const marks = [...shadow.querySelectorAll('.sl-article-body mark.sl-mark')].map(
      (m) => m.textContent,
    );
    expect(marks).toEqual(['Mayor Lena Holt', 'the port authority']);
    expect(shadow.querySelector('.sl-sources')?.textContent).toMatch(/Lena Holt/);
    expect(shadow.querySelector('figcaption')?.textContent).toBe('The pier in winter.');
    expect(controller.isOpen()).toBe(true);
  });

  it('lays a right-to-left article out right to left', () => {
    const controller = newController();
    controller.open(sampleArticle({ dir: 'rtl', lang: 'ar' }), SETTINGS, {
      site: null,
      alwaysOpen: false,
      tabId: 7,
    });
    const article = shadows[0]!.querySelector('.sl-article')!;
    expect(article.getAttribute('dir')).toBe('rtl');
  });

  it('leaves the page markup byte-identical and keeps the same nodes after closing', () => {
    const before = document.documentElement.outerHTML;
    const pageMain = document.getElementById('page');
    const controller = newController();
    open(controller);
    expect(document.documentElement.outerHTML).not.toBe(before);
    expect(controller.close()).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.getElementById('page')).toBe(pageMain);
    expect(controller.close()).toBe(false);
  });

  it('closes on Escape and gives focus back to what the page had focused', () => {
    const pageButton = document.querySelector<HTMLButtonElement>('#page button')!;
    pageButton.focus();
    const controller = newController();
    open(controller);
    expect(document.activeElement).not.toBe(pageButton);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(controller.isOpen()).toBe(false);
    expect(document.querySelector('sourcelight-reader')).toBeNull();
    expect(document.activeElement).toBe(pageButton);
  });

  it('keeps key presses inside the reader away from the page', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const shadow = open(newController());
    shadow
      .querySelector('.sl-scroller')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('leaves no listeners or nodes behind after a hundred toggles', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const { storage, settingsListeners, siteListeners } = fakeStorage();
    const controller = newController(storage);
    const before = document.documentElement.outerHTML;
    for (let i = 0; i < 100; i += 1) {
      open(controller);
      controller.close();
    }
    expect(added.mock.calls.length).toBeGreaterThan(0);
    expect(removed.mock.calls.length).toBe(added.mock.calls.length);
    expect(settingsListeners.size).toBe(0);
    expect(siteListeners.size).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('replaces an open reader instead of stacking a second one', () => {
    const controller = newController();
    open(controller);
    open(controller);
    expect(document.querySelectorAll('sourcelight-reader')).toHaveLength(1);
  });
});

describe('reader settings', () => {
  it('applies a theme at once and stores it for the other tabs', () => {
    const { storage } = fakeStorage();
    const shadow = open(newController(storage));
    const root = shadow.querySelector<HTMLElement>('.sl-reader')!;
    expect(root.classList.contains('sl-theme-sepia')).toBe(true);
    shadow.querySelector<HTMLButtonElement>('button[data-theme="dark"]')!.click();
    expect(root.classList.contains('sl-theme-dark')).toBe(true);
    expect(root.classList.contains('sl-theme-sepia')).toBe(false);
    expect(storage.written.at(-1)?.theme).toBe('dark');
  });

  it('changes text size and line width from the sliders', () => {
    const { storage } = fakeStorage();
    const shadow = open(newController(storage));
    const size = shadow.querySelector<HTMLInputElement>('input[name="size"]')!;
    size.value = '24';
    size.dispatchEvent(new Event('input'));
    const root = shadow.querySelector<HTMLElement>('.sl-reader')!;
    expect(root.style.getPropertyValue('--rd-size')).toBe('24px');
    expect(storage.written.at(-1)?.size).toBe(24);
  });

  it('shows settings changed in another tab, in the view and in the controls', () => {
    const { storage, settingsListeners } = fakeStorage();
    const shadow = open(newController(storage));
    for (const listener of settingsListeners)
      listener({ ...SETTINGS, font: 'sans', lineHeight: 2 });
    const root = shadow.querySelector<HTMLElement>('.sl-reader')!;
    expect(root.classList.contains('sl-font-sans')).toBe(true);
    expect(root.style.getPropertyValue('--sl-line-height')).toBe('2');
    expect(shadow.querySelector<HTMLSelectElement>('select[name="font"]')!.value).toBe('sans');
  });

  it('turns "always open on this site" on and off, and follows changes from other tabs', () => {
    const { storage, siteListeners } = fakeStorage();
    const shadow = open(newController(storage));
    const box = shadow.querySelector<HTMLInputElement>('input[name="always-open"]')!;
    expect(box.checked).toBe(false);
    expect(box.parentElement?.textContent).toMatch(/coast\.example/);
    box.click();
    expect(storage.sites.get('coast.example')).toBe(true);
    for (const listener of siteListeners) listener([]);
    expect(box.checked).toBe(false);
  });

  it('offers no per-site control on a page without a site', () => {
    const controller = newController();
    const shadow = open(controller, { site: null, alwaysOpen: false, tabId: 7 });
    expect(shadow.querySelector('input[name="always-open"]')).toBeNull();
  });
});
