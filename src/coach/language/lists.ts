// Word lists kept as data files, one entry a line ("#" starts a comment), read once on
// first use. They sit beside the code that reads them, so they travel with the package.

import { readFileSync } from 'node:fs';

const cache = new Map<string, readonly string[]>();

/** The entries of a list file, in file order, lower case and trimmed. */
export function readList(url: URL): readonly string[] {
  const key = url.href;
  let entries = cache.get(key);
  if (!entries) {
    entries = readFileSync(url, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim().toLowerCase())
      .filter((line) => line !== '');
    cache.set(key, entries);
  }
  return entries;
}

/** A list as a set, for look-ups. */
export function listSet(url: URL): ReadonlySet<string> {
  return new Set(readList(url));
}

/** A list whose lines are "word tag": word → tag (entries without a tag map to ''). */
export function listMap(url: URL): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const line of readList(url)) {
    const at = line.lastIndexOf(' ');
    const tagged = at > 0 && /^[a-z]{1,3}$/.test(line.slice(at + 1));
    map.set(tagged ? line.slice(0, at) : line, tagged ? line.slice(at + 1) : '');
  }
  return map;
}
