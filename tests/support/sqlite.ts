// Reads a SQLite file the way an operator would, read-only, and closes it.
import Database from 'better-sqlite3';

export function readSqlite<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
