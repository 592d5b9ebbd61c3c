/**
 * The response an operation succeeds with, as the mock answers it: its lowest 2XX status, else
 * the `2XX` range, else `default` (which stands for every status not listed); `undefined` where
 * it lists none of them.
 */
export function successCode(responses: Readonly<Record<string, unknown>>): string | undefined {
  const codes = Object.keys(responses);
  return (
    codes.filter((c) => /^2\d\d$/.test(c)).sort()[0] ??
    codes.find((c) => c.toUpperCase() === "2XX") ??
    codes.find((c) => c === "default")
  );
}
