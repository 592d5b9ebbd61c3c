import { OrqCore, routerImagesEditsCreate } from "@orq-sdk/browser";

const orq = new OrqCore({ serverURL: "/api/orq" });
const input = document.querySelector("input[type=file]");
input.addEventListener("change", async () => {
  const result = await routerImagesEditsCreate(orq, {
    model: "openai/gpt-image-1",
    prompt: "Give the otter a tiny hat",
    image: input.files,
    responseFormat: "b64_json",
  });
  if (result.ok)
    document.querySelector("img").src = `data:image/png;base64,${result.value.data[0].b64Json}`;
  else document.body.append(result.error.message);
});
