// Through the SDK: an image from fileFromPath() that changed on disk before the call is refused
// naming the file. The SDK first reads a slice of it to learn its type, and that read failed with
// Node's bare "NotReadableError: The blob could not be read", which named nothing.
import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { OrqCore, fileFromPath, routerImagesEditsCreate } from "../../src/index.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "orq-changed-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

it("an image changed on disk after fileFromPath() is refused, naming the file", async () => {
  const path = join(dir, "otter.png");
  await writeFile(path, PNG);
  const image = await fileFromPath(path);
  await writeFile(path, Uint8Array.from([...PNG, 1, 2, 3]));
  await utimes(path, new Date(), new Date(image.lastModified + 5000));
  // Nothing listens there: the call must fail before anything is sent.
  const orq = new OrqCore({ apiKey: "k", serverURL: "http://127.0.0.1:9" });
  const result = await routerImagesEditsCreate(orq, { model: "m", prompt: "p", image });
  expect(result.ok).toBe(false);
  expect(!result.ok && result.error.message).toContain(`cannot read ${path}: it changed on disk`);
  expect(!result.ok && result.error.message).not.toMatch(/connection failed/);
});
