/**
 * Running our on-demand bundles in a tab (scripting.executeScript), with the browser's refusals
 * turned into reasons a person can act on.
 */
import browser from 'webextension-polyfill';

export type InjectProblemCode = 'restricted' | 'permission' | 'gone' | 'failed';

export class InjectProblem extends Error {
  constructor(
    readonly code: InjectProblemCode,
    message: string,
  ) {
    super(message);
  }
}

function classify(error: unknown): InjectProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/no tab with id|tab was closed|frame with id 0 was removed|No frame/i.test(message)) {
    return new InjectProblem('gone', 'The tab was closed or navigated away.');
  }
  // Firefox MV3 host permissions are opt-in: the popup offers the grant.
  if (/missing host permission|must request permission/i.test(message)) {
    return new InjectProblem('permission', message);
  }
  // Browser pages, the web stores, the PDF viewer, file:// without access, error pages.
  if (
    /cannot access|cannot be scripted|chrome:\/\/|extensions gallery|error page|restricted|privileged/i.test(
      message,
    )
  ) {
    return new InjectProblem('restricted', message);
  }
  return new InjectProblem('failed', message);
}

/** The shared libraries (Readability, DOMPurify) every on-demand bundle expects to find first. */
const VENDOR_FILE = 'content-vendor.js';

/** Loads `file` (one of our content bundles) into the tab's isolated world, then calls `func`. */
export async function runInTab<Args extends unknown[], Result>(
  tabId: number,
  file: string,
  func: (...args: Args) => Result,
  args: Args,
): Promise<Awaited<Result>> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [VENDOR_FILE, file] });
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: func as (...a: unknown[]) => unknown,
      args,
    });
    if (!first) throw new Error('The page returned nothing.');
    const { error } = first as { error?: unknown };
    if (error)
      throw error instanceof Error
        ? error
        : new Error(String((error as { message?: string }).message ?? error));
    return first.result as Awaited<Result>;
  } catch (error) {
    throw error instanceof InjectProblem ? error : classify(error);
  }
}
