/**
 * The one connection to the library database, opened on first use and reopened after the browser
 * closes it (storage cleared, another version opening). Write failures become a LibraryWriteError
 * whose message a user can read; a failed transaction is rolled back whole by IndexedDB, so an
 * error never costs an article that was already saved.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { LIBRARY_DB, LIBRARY_VERSION, upgradeLibrary, type LibrarySchema } from './library-schema';

export type LibraryDb = IDBPDatabase<LibrarySchema>;

let connection: Promise<LibraryDb> | null = null;

/** Opens (or reuses) the library database at the current schema version. */
export function openLibrary(): Promise<LibraryDb> {
  if (connection) return connection;
  const opening = openDB<LibrarySchema>(LIBRARY_DB, LIBRARY_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      upgradeLibrary(db, oldVersion, newVersion ?? LIBRARY_VERSION, tx).catch(() => tx.abort());
    },
    blocking(_current, _blocked, event) {
      // A newer version of the extension wants to migrate: let it, and reopen on next use.
      (event.target as IDBDatabase).close();
      connection = null;
    },
    terminated() {
      connection = null;
    },
  });
  connection = opening;
  opening.catch(() => {
    if (connection === opening) connection = null;
  });
  return opening;
}

/** Forgets the cached connection (closing it), e.g. between tests. */
export async function closeLibrary(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open.catch(() => null))?.close();
}

/** A save, delete or import that did not happen; `message` is written for the user. */
export class LibraryWriteError extends Error {
  constructor(
    message: string,
    readonly reason: 'quota' | 'closed' | 'failed',
  ) {
    super(message);
    this.name = 'LibraryWriteError';
  }
}

/** Translates what IndexedDB threw into words; everything saved before is untouched. */
export function describeWriteError(error: unknown, what: string): LibraryWriteError {
  if (error instanceof LibraryWriteError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new LibraryWriteError(
      `${what} failed: the browser has no room left for the library. Nothing saved earlier was lost; free some disk space or delete articles you no longer need.`,
      'quota',
    );
  }
  if (name === 'InvalidStateError' || name === 'AbortError' || name === 'UnknownError') {
    return new LibraryWriteError(
      `${what} failed: the library database was closed or interrupted. Nothing saved earlier was lost; try again.`,
      'closed',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new LibraryWriteError(
    `${what} failed (${detail}). Nothing saved earlier was lost.`,
    'failed',
  );
}

/**
 * Runs a write against the database, retrying once on a connection the browser closed under us,
 * and reports any failure as a LibraryWriteError.
 */
export async function writeLibrary<T>(
  what: string,
  write: (db: LibraryDb) => Promise<T>,
): Promise<T> {
  try {
    return await write(await openLibrary());
  } catch (error) {
    if (!(error instanceof DOMException) || error.name !== 'InvalidStateError') {
      throw describeWriteError(error, what);
    }
  }
  await closeLibrary();
  try {
    return await write(await openLibrary());
  } catch (error) {
    throw describeWriteError(error, what);
  }
}
