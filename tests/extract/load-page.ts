import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodePurifierWindow, parsePage } from '../../src/cli/node-dom';
import { runPipeline } from '../../src/core/pipeline';
import type { ExtractResult } from '../../src/core/types';

export const FIXTURE_URL = 'https://courier.example/local/2024/03/bridge-reopens';

/** A fixture page (tests/extract/fixtures/NAME/page.html) parsed with linkedom. */
export function fixtureDocument(name: string): Document {
  return parsePage(readFileSync(join(import.meta.dirname, 'fixtures', name, 'page.html'), 'utf8'));
}

/** The full pipeline over an HTML string, as the CLI runs it. */
export function runOnHtml(html: string, url = FIXTURE_URL): ExtractResult {
  return runPipeline(parsePage(html), url, { purifierWindow: nodePurifierWindow() });
}

/** The full pipeline over a fixture page. */
export function runFixture(name: string, url = FIXTURE_URL): ExtractResult {
  return runPipeline(fixtureDocument(name), url, { purifierWindow: nodePurifierWindow() });
}
