import OpenAI from "openai";

const openai = new OpenAI({ apiKey: "key", baseURL: "http://127.0.0.1:4010/v1" });
export const first: Promise<string | undefined> = openai.images
  .edit({
    model: "openai/gpt-image-1",
    prompt: "Give the otter a tiny hat",
    image: new File([new Uint8Array(8)], "otter.png", { type: "image/png" }),
    response_format: "b64_json",
  })
  .then((result) => result.data?.[0]?.b64_json);
