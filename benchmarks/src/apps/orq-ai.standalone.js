// The official SDK's standalone function (its `image` takes one file).
import { OrqCore } from "@orq-ai/node/core.js";
import { routerImagesEditsCreate } from "@orq-ai/node/funcs/routerImagesEditsCreate.js";

const orq = new OrqCore({ serverURL: "/api/orq" });
const input = document.querySelector("input[type=file]");
input.addEventListener("change", async () => {
  const result = await routerImagesEditsCreate(orq, {
    model: "openai/gpt-image-1",
    prompt: "Give the otter a tiny hat",
    image: input.files[0],
    responseFormat: "b64_json",
  });
  if (result.ok)
    document.querySelector("img").src = `data:image/png;base64,${result.value.data[0].b64Json}`;
  else document.body.append(result.error.message);
});
