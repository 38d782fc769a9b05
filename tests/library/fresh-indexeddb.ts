/** Each test gets an empty IndexedDB (fake-indexeddb) and a closed library connection. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeLibrary } from '../../src/platform/library/library-db';

export function useFreshIndexedDb(): void {
  beforeEach(async () => {
    await closeLibrary();
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(async () => {
    await closeLibrary();
  });
}
