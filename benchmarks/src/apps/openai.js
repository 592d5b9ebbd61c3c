import OpenAI from "openai";

const openai = new OpenAI({
  baseURL: `${location.origin}/api/orq/v1`,
  apiKey: "set-by-the-proxy",
  dangerouslyAllowBrowser: true,
});
const input = document.querySelector("input[type=file]");
input.addEventListener("change", async () => {
  try {
    const result = await openai.images.edit({
      model: "openai/gpt-image-1",
      prompt: "Give the otter a tiny hat",
      image: [...input.files],
      response_format: "b64_json",
    });
    document.querySelector("img").src = `data:image/png;base64,${result.data[0].b64_json}`;
  } catch (error) {
    document.body.append(error.message);
  }
});
