import { Orq } from "@orq-ai/node";

const orq = new Orq({ serverURL: "/api/orq" });
const input = document.querySelector("input[type=file]");
input.addEventListener("change", async () => {
  try {
    const result = await orq.router.images.edits.create({
      model: "openai/gpt-image-1",
      prompt: "Give the otter a tiny hat",
      image: input.files[0],
      responseFormat: "b64_json",
    });
    document.querySelector("img").src = `data:image/png;base64,${result.data[0].b64Json}`;
  } catch (error) {
    document.body.append(error.message);
  }
});
