// Deno's own ways to hand over images, in one edit: a path streamed from disk (`fileFromPath`,
// re-read on every retry), an open `Deno.FsFile`, and the bytes of `Deno.readFile`.
//
//   ORQ_API_KEY=mock-key deno run --allow-net=127.0.0.1:4010 --allow-env=ORQ_API_KEY,ORQ_SERVER_URL --allow-read=. files.ts
import { fileFromPath, Orq } from "@orq-sdk/deno";

const orq = new Orq({
  apiKey: Deno.env.get("ORQ_API_KEY") ?? "",
  serverURL: Deno.env.get("ORQ_SERVER_URL") ?? "http://127.0.0.1:4010",
});

const otter = new URL("./assets/otter.png", import.meta.url);
using file = await Deno.open(otter); // closed when this scope ends; the SDK leaves it open

const result = await orq.router.images.edits.create({
  model: "openai/gpt-image-1",
  prompt: "Three otters in one picture",
  image: [await fileFromPath(otter), file, await Deno.readFile(otter)],
  responseFormat: "b64_json",
});

for (const [i, image] of result.data.entries()) {
  console.log(`image ${i}: ${image.b64Json?.length ?? 0} base64 characters`);
}
