import createClient from "openapi-fetch";
import type { paths } from "./paths.js";

const client = createClient<paths>({ baseUrl: "http://127.0.0.1:4010" });
export const first: Promise<string | undefined> = client
  .POST("/v2/router/images/edits", {
    body: {
      model: "openai/gpt-image-1",
      prompt: "Give the otter a tiny hat",
      // openapi-typescript types a binary field as a string
      image: new File([new Uint8Array(8)], "otter.png") as unknown as string,
      response_format: "b64_json",
    },
    bodySerializer: (body) => body as unknown as FormData,
  })
  .then(({ data }) => data?.data?.[0]?.b64_json);
