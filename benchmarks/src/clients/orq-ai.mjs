// @orq-ai/node, the official SDK, as its README recommends for files: `fs.openAsBlob(path)`.
// Its `image` takes one file; given several it answers with its own validation error.
import { Orq } from "@orq-ai/node";
import { openAsBlob } from "node:fs";
import { API_KEY, expectEdit, MODEL, PROMPT } from "./common.mjs";

export function client(url) {
  const orq = new Orq({ apiKey: API_KEY, serverURL: url });
  const send = async (image) =>
    expectEdit(await orq.router.images.edits.create({ model: MODEL, prompt: PROMPT, image }));
  return {
    async upload(paths) {
      const blobs = await Promise.all(paths.map((p) => openAsBlob(p, { type: "image/png" })));
      await send(blobs.length === 1 ? blobs[0] : blobs);
    },
    edit: (bytes) => send({ fileName: "small.png", content: bytes }),
  };
}
