import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { manifestFor } from '../../scripts/manifest-for.mjs';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('the manifests built from the one source manifest', () => {
  it('give Chrome a module service worker and no gecko settings', () => {
    const chrome = manifestFor(source, 'chrome');
    expect(chrome.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('give Firefox background scripts, an id and no data collection', () => {
    const firefox = manifestFor(source, 'firefox');
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('ask for no permission beyond what the features use', () => {
    const allowed = ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'];
    expect(source.permissions.filter((p: string) => !allowed.includes(p))).toEqual([]);
    expect(source.host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });
});
