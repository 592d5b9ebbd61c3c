// openai, pointed at the sink (it calls `${baseURL}/images/edits`): files as fs.createReadStream,
// as its README shows; small images through its toFile().
import OpenAI, { toFile } from "openai";
import { createReadStream } from "node:fs";
import { API_KEY, expectEdit, MODEL, PROMPT } from "./common.mjs";

export function client(url) {
  const openai = new OpenAI({ apiKey: API_KEY, baseURL: new URL("/v1", url).href });
  const send = async (image) =>
    expectEdit(await openai.images.edit({ model: MODEL, prompt: PROMPT, image }));
  return {
    async upload(paths) {
      const streams = paths.map((p) => createReadStream(p));
      await send(streams.length === 1 ? streams[0] : streams);
    },
    edit: async (bytes) => send(await toFile(bytes, "small.png", { type: "image/png" })),
  };
}
