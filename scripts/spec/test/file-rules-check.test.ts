/**
 * spec:lint names the multipart file fields of the repo's spec that take any file because
 * nothing says which (`file-rules-check.ts`; probe35 F7: a new `mask`, or a new transcription
 * operation's `file`, went without a rule and without a word).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { stringify } from "yaml";
import { unruledFileFields } from "../file-rules-check.js";
import { repoFiles } from "../paths.js";
import { fullSpec, hasFullSpec, tempDir } from "./helpers.js";

let tmp: { dir: string; remove: () => Promise<void> };
beforeAll(async () => (tmp = await tempDir("file-rules")));
afterAll(() => tmp?.remove());

/** A spec with one multipart operation: `properties` and `encoding` of its body. */
async function specWith(properties: object, encoding?: object): Promise<string> {
  const file = join(tmp.dir, `spec-${Math.random().toString(36).slice(2)}.yaml`);
  const media = { schema: { type: "object", properties }, ...(encoding ? { encoding } : {}) };
  await writeFile(
    file,
    stringify({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/uploads": {
          post: {
            operationId: "createUpload",
            requestBody: { content: { "multipart/form-data": media } },
            responses: { "204": { description: "ok" } },
          },
        },
      },
    }),
  );
  return file;
}

const binary = { type: "string", format: "binary" };

test("the repo's spec: every file field has a rule", async () => {
  expect(await unruledFileFields(repoFiles().spec)).toEqual([]);
});

test("a file field with no media type is named, with the way to give it one", async () => {
  const found = await unruledFileFields(
    await specWith({
      file: binary,
      pages: { type: "array", items: binary },
      name: { type: "string" },
    }),
  );
  expect(found).toHaveLength(2);
  expect(found[0]).toBe(
    'POST /uploads (createUpload): the multipart file field "file" says no media type, so the ' +
      "SDK and the mock take any file. Add encoding.file.contentType for it in specs/overlay.yaml " +
      "(the types the API takes, or application/octet-stream for any)",
  );
  expect(found[1]).toContain('the multipart file field "pages"');
});

test("an encoding's contentType, even 'any file', or a contentMediaType is a rule", async () => {
  expect(
    await unruledFileFields(
      await specWith(
        {
          image: binary,
          blob: binary,
          doc: { type: "string", contentMediaType: "application/pdf" },
        },
        { image: { contentType: "image/png" }, blob: { contentType: "application/octet-stream" } },
      ),
    ),
  ).toEqual([]);
});

test.skipIf(!hasFullSpec)("the whole published spec: its file fields without a rule", async () => {
  const found = await unruledFileFields(fullSpec);
  // The two image operations the repo ships rely on the overlay's rules: upstream has none.
  expect(found.some((line) => line.includes("(createImageEdit)"))).toBe(true);
  expect(found.some((line) => line.includes("(createImageVariation)"))).toBe(true);
  for (const line of found) expect(line).toMatch(/^[A-Z]+ \/\S+ \(\w+\): the multipart file field/);
});
