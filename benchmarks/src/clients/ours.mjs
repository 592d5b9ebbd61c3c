// @orq-sdk/node: files from disk with fileFromPath (streamed by its node:http transport).
import { fileFromPath, Orq } from "@orq-sdk/node";
import { API_KEY, expectEdit, MODEL, PROMPT } from "./common.mjs";

export function client(url) {
  const orq = new Orq({ apiKey: API_KEY, serverURL: url });
  const send = async (image) =>
    expectEdit(await orq.router.images.edits.create({ model: MODEL, prompt: PROMPT, image }));
  return {
    async upload(paths) {
      const files = await Promise.all(paths.map((p) => fileFromPath(p)));
      await send(files.length === 1 ? files[0] : files);
    },
    edit: (bytes) => send({ fileName: "small.png", content: bytes }),
  };
}
