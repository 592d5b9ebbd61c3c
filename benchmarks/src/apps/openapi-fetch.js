// The floor of the bundle rows: openapi-fetch alone (its types cost nothing at run time).
import createClient from "openapi-fetch";

const client = createClient({ baseUrl: "/api/orq" });
const input = document.querySelector("input[type=file]");
input.addEventListener("change", async () => {
  const body = new FormData();
  body.append("model", "openai/gpt-image-1");
  body.append("prompt", "Give the otter a tiny hat");
  body.append("response_format", "b64_json");
  for (const file of input.files) body.append("image", file);
  const { data, error } = await client.POST("/v2/router/images/edits", {
    body,
    bodySerializer: (b) => b,
  });
  if (data) document.querySelector("img").src = `data:image/png;base64,${data.data[0].b64_json}`;
  else document.body.append(error.error?.message ?? "request failed");
});
