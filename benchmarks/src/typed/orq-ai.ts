import { Orq } from "@orq-ai/node";

const orq = new Orq({ apiKey: "key", serverURL: "http://127.0.0.1:4010" });
export const first: Promise<string | undefined> = orq.router.images.edits
  .create({
    model: "openai/gpt-image-1",
    prompt: "Give the otter a tiny hat",
    image: new File([new Uint8Array(8)], "otter.png", { type: "image/png" }),
    responseFormat: "b64_json",
  })
  .then((result) => result.data[0]?.b64Json);
