// Lines from a stream with a bound on each: readline holds a whole line however long (a 60 MB
// line took 3.9 GB), so bytes past `maxBytes` are dropped as they arrive and the line is
// reported as too long instead.
export type BoundedLine = { text: string } | { tooLong: true; bytes: number };

export async function* boundedLines(
  input: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const finish = (): BoundedLine => {
    const line: BoundedLine = overflow
      ? { tooLong: true, bytes: size }
      : { text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    overflow = false;
    return line;
  };
  const take = (chunk: Buffer) => {
    size += chunk.length;
    if (overflow) return;
    if (size > maxBytes) {
      overflow = true;
      parts = [];
      return;
    }
    parts.push(chunk);
  };
  for await (const piece of input) {
    let chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    let newline = chunk.indexOf(10);
    while (newline >= 0) {
      take(chunk.subarray(0, newline));
      yield finish();
      chunk = chunk.subarray(newline + 1);
      newline = chunk.indexOf(10);
    }
    if (chunk.length > 0) take(chunk);
  }
  if (size > 0 || parts.length > 0) yield finish();
}
