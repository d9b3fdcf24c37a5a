/**
 * Zips that depend only on their files: entries sorted by path, every entry with the same time and mode, no
 * directory entries, no absolute paths. Stores compress with zlib's DEFLATE (fflate), which is deterministic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';

export type ZipEntries = Map<string, Uint8Array>;

/** Every file under `dir`, by its path relative to `dir` with `/` separators. */
export function filesOf(dir: string): ZipEntries {
  const entries: ZipEntries = new Map();
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else entries.set(relative(dir, path).split(sep).join(posix.sep), readFileSync(path));
    }
  };
  walk(dir);
  return entries;
}

/** The files of a zip (directory entries left out). */
export function readZip(bytes: Uint8Array): ZipEntries {
  return new Map(Object.entries(unzipSync(bytes)).filter(([path]) => !path.endsWith('/')));
}

/**
 * A zip of `entries`, each stamped with `time`. Zip times are local wall-clock fields: the UTC fields of
 * `time` are written, so the bytes are the same in every time zone.
 */
export function reproducibleZip(entries: ZipEntries, time: Date): Uint8Array {
  const wallClock = new Date(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate(), time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds());
  const files: Zippable = {};
  for (const path of [...entries.keys()].sort()) {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`not a relative path: ${path}`);
    files[path] = [entries.get(path)!, { level: 9, mtime: wallClock, os: 3, attrs: 0o100644 << 16 }];
  }
  return zipSync(files);
}
