import * as prettier from "prettier";
import { FormatPool } from "./format-pool.js";

export const HEADER =
  "// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.\n";

/** Small files are formatted together: one prettier call costs ~4 ms before any work. */
const BATCH_BELOW = 4_000;
const MARK = "// @@generated-file ";

/**
 * Every generated file: the do-not-edit header, then prettier with the repo's own config
 * (looked up once). Files are handed in as they are made; big ones are formatted on worker
 * threads meanwhile (see `FormatPool`).
 *
 * TypeScript goes through prettier's `babel-ts` parser, which prints what its `typescript`
 * parser prints for this code at ~1.6× the speed (the tests check every file is left unchanged
 * by prettier with the parser `prettier --check` picks). Small files are joined into one module
 * with a marker comment before each, formatted once, and split again: prettier prints top-level
 * statements one by one, so each file comes out as it would alone.
 */
export class Formatter {
  private readonly done = new Map<string, Promise<string>>();
  private readonly small: [string, string][] = [];

  private constructor(
    private readonly config: prettier.Options,
    private readonly pool: FormatPool,
  ) {}

  /** `threads`: see `FormatPool`; 0 formats everything on the calling thread. */
  static async create(configFrom: string, threads?: number): Promise<Formatter> {
    const pool = new FormatPool(threads);
    return new Formatter({ ...((await prettier.resolveConfig(configFrom)) ?? {}) }, pool);
  }

  add(file: string, code: string): void {
    if (file.endsWith(".ts") && code.length < BATCH_BELOW) this.small.push([file, code]);
    else {
      const formatted = this.pool.format(
        (file.endsWith(".md") ? "" : HEADER) + code,
        this.options(file),
      );
      formatted.catch(() => {}); // awaited in `finish`; until then a failure must not go unhandled
      this.done.set(file, formatted);
    }
  }

  /** Every file handed in, formatted. */
  async finish(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (this.small.length) {
      const joined = this.small
        .map(([file, code]) => `${MARK}${file}\n${HEADER}${code}`)
        .join("\n");
      const batch = this.pool.format(joined, this.options("batch.ts"));
      await this.pool.drain();
      const formatted = await batch;
      for (const chunk of formatted.split(MARK).slice(1)) {
        const newline = chunk.indexOf("\n");
        out.set(chunk.slice(0, newline), `${chunk.slice(newline + 1).trimEnd()}\n`);
      }
    }
    await this.pool.drain();
    for (const [file, code] of this.done) out.set(file, await code);
    return out;
  }

  /** Stops the threads; call it whether or not `finish` was reached. */
  close(): Promise<void> {
    return this.pool.close();
  }

  private options(file: string): prettier.Options {
    return file.endsWith(".ts")
      ? { ...this.config, parser: "babel-ts" }
      : { ...this.config, filepath: file };
  }
}
