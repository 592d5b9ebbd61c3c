import { routerImagesEditsCreate, type OperationCaller } from "./index.js";

declare const core: OperationCaller<{ signal?: AbortSignal }, Error>;
export const first: Promise<string | undefined> = routerImagesEditsCreate(core, {
  model: "openai/gpt-image-1",
  prompt: "Give the otter a tiny hat",
  image: new File([new Uint8Array(8)], "otter.png", { type: "image/png" }),
  responseFormat: "b64_json",
}).then((result) => (result.ok ? result.value.data[0]?.b64Json : undefined));
