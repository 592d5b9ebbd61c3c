/**
 * A multipart field written in a style (fixtures/multipart-styles.yaml, Stripe's `/v1/files`):
 * `file_link_data` went as one JSON text part, which Stripe refuses; it goes as the style's
 * fields, one text part each (`file_link_data[create]`, `expand[0]`), names and values as they
 * are (not percent-encoded). The mock reads them back by the same style, and what a form cannot
 * say is refused before sending, as in a urlencoded body.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "multipart-styles.yaml"), "multipart-styles");
}, 60_000);
afterAll(() => it?.close());

const file = () => new Blob([PNG], { type: "image/png" });

test("a styled field goes as its style's text parts; the file and the rest as before", async () => {
  const result = await it.client.callOperation(it.operations.createFile!, {
    file: file(),
    purpose: "dispute_evidence",
    expand: ["links", "links.data"],
    tags: ["a b", "c&d=e"],
    fileLinkData: { create: true, expiresAt: 1700000000, metadata: { "order=id": "50% off" } },
  });
  expect(result).toEqual({ ok: true, value: { id: "file_1" } });
  const received = it.mock.requests.at(-1)!;
  expect(received.parts.map((p) => p.name)).toEqual([
    "file",
    "purpose",
    "expand[0]",
    "expand[1]",
    "tags",
    "file_link_data[create]",
    "file_link_data[expires_at]",
    "file_link_data[metadata][order=id]",
  ]);
  expect(received.body).toEqual({
    purpose: "dispute_evidence",
    expand: ["links", "links.data"],
    tags: ["a b", "c&d=e"],
    file_link_data: { create: true, expires_at: 1700000000, metadata: { "order=id": "50% off" } },
  });
  expect(received.files).toHaveLength(1);
});

test("an empty object or list in the style is refused before sending", async () => {
  const before = it.mock.requests.length;
  const result = await it.client.callOperation(it.operations.createFile!, {
    file: file(),
    purpose: "dispute_evidence",
    fileLinkData: { create: true, metadata: {} },
  });
  expect(!result.ok && result.error.message).toContain(
    "fileLinkData.metadata: an empty object has no field in a form body; leave it out",
  );
  expect(it.mock.requests.length).toBe(before);
});

test("3.0: a style beside a contentType is ignored, as 3.0 says: one JSON part (probe36 F1)", async () => {
  // Ideogram's `image_request: { contentType: application/json, style: form }` went as its
  // fields, `prompt` and `aspect_ratio` as loose parts, and no `image_request` part; the mock
  // read it back the same way, so nothing noticed.
  const result = await it.client.callOperation(it.operations.remix!, {
    imageRequest: { prompt: "a cat", aspectRatio: "ASPECT_10_16" },
    imageFile: file(),
    colorPalette: { name: "EMBER", members: [{ colorHex: "#fff" }] },
  });
  expect(result).toEqual({ ok: true, value: { id: "remix_1" } });
  const received = it.mock.requests.at(-1)!;
  expect(received.parts).toEqual([
    { name: "image_request" },
    { name: "image_file", filename: expect.any(String), contentType: "image/png" },
    { name: "color_palette" },
  ]);
  expect(received.body).toEqual({
    image_request: { prompt: "a cat", aspect_ratio: "ASPECT_10_16" },
    color_palette: { name: "EMBER", members: [{ color_hex: "#fff" }] },
  });
});

test("a styled list of objects: each item its JSON text, read back as such (probe36 F8)", async () => {
  // The mock read each item as a string: 422 "/palette/0 must be object".
  const result = await it.client.callOperation(it.operations.createFile!, {
    file: file(),
    purpose: "dispute_evidence",
    palette: [{ colorHex: "#fff" }, { colorHex: "#000" }],
  });
  expect(result).toEqual({ ok: true, value: { id: "file_1" } });
  expect(it.mock.requests.at(-1)!.body).toMatchObject({
    palette: [{ color_hex: "#fff" }, { color_hex: "#000" }],
  });
});
