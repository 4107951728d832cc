// What a command may touch: its arguments' streams and environment, injected so the
// commands stay testable and main.ts is the only place that knows about `process`.

export interface InputStream extends AsyncIterable<string | Buffer> {
  isTTY?: boolean;
  setEncoding?(encoding: BufferEncoding): unknown;
}

export interface OutputStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export interface Io {
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  /** The folder the command runs in (where `sweep` looks for `.env`). */
  cwd: string;
}

/** All of stdin as text. */
export async function readAll(stream: InputStream): Promise<string> {
  let text = '';
  for await (const chunk of stream)
    text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  return text;
}
