export type Sequenced = { readonly mediaType: string; readonly lines?: "each" | "one" };

/**
 * A JSON sequence body: each value as one JSON text on its own line (NDJSON, JSON Lines), after
 * an RS character in `application/json-seq` (RFC 7464). The values are an array's items, or the
 * one value of a non-array schema.
 */
export function writeJsonSequence(body: Sequenced, wire: unknown): string {
  const rs = body.mediaType === "application/json-seq" ? "\x1e" : "";
  return (body.lines === "each" ? (wire as unknown[]) : [wire])
    .map((value) => `${rs}${JSON.stringify(value)}\n`)
    .join("");
}

/**
 * A JSON sequence answer as the value its schema describes: the array of its values, or its one
 * value. Blank lines are skipped; a line that is not JSON throws, naming its number.
 */
export function readJsonSequence(answer: Sequenced, text: string): unknown {
  const values = text
    .split(/\x1e|\r?\n/)
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, number]) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new SyntaxError(`line ${number} is not valid JSON`);
      }
    });
  // An array is its values, none included; one value is the value (none is no answer).
  if (answer.lines === "one" && !values.length) throw new SyntaxError("it holds no JSON value");
  return answer.lines === "each" || values.length !== 1 ? values : values[0];
}
