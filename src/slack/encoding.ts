// JSON for button values and private_metadata: never rendered, but kept free of `<`, `>` and
// `&` all the same (as \u003c, \u003e, \u0026), so nothing in an outgoing call looks like a
// mention or a link; JSON.parse reads it back unchanged.
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
