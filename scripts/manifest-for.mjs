// One source manifest.json, two browsers: Chrome wants background.service_worker and rejects
// unknown gecko keys quietly; Firefox MV3 refuses a service-worker-only background and needs an id.
export function manifestFor(source, browser) {
  const manifest = structuredClone(source);
  const { service_worker: worker, type } = source.background;
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: worker, type };
  } else {
    manifest.background = { scripts: [worker], type };
  }
  return manifest;
}
