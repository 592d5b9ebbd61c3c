// A file stream knows its file: Node's runtime names an upload from `fs.createReadStream` by its
// path's base name, for fields that take more than images, where it went as `file.pdf` (probe61).
// (Core names the part by it: see the generator's caption-files test.)
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, expect, it } from "vitest";
import { nodeRuntime } from "../../src/runtime.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "orq-stream-names-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it("a file stream's source is named by its file, any other stream's is not", async () => {
  const path = join(dir, "statement 2024.pdf");
  await writeFile(path, "%PDF-1.7\n%\xe2\xe3\n");
  const fromFile = await nodeRuntime.openStream!(createReadStream(path));
  expect(fromFile.name).toBe("statement 2024.pdf");
  expect(new TextDecoder().decode(fromFile.head)).toMatch(/^%PDF-1\.7/);
  fromFile.stream().cancel();
  const other = await nodeRuntime.openStream!(Readable.from([Buffer.from("%PDF-1.7\n")]));
  expect(other.name).toBeUndefined();
});
