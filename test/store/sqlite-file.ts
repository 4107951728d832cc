// A SQLite store's file read directly, beside the store: what it really keeps on disk.
import sqlite3 from 'sqlite3';

/** The rows `sql` selects from the SQLite file at `file`, opened read-only. */
export function sqliteRows(file: string, sql: string): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => {
      if (error) return reject(error);
      db.all(sql, (err, found) => {
        db.close();
        if (err) reject(err);
        else resolve(found as Array<Record<string, unknown>>);
      });
    });
  });
}
