// No library at all: the page's fetch and FormData.
const input = document.querySelector("input[type=file]");
input.addEventListener("change", async () => {
  const body = new FormData();
  body.append("model", "openai/gpt-image-1");
  body.append("prompt", "Give the otter a tiny hat");
  body.append("response_format", "b64_json");
  for (const file of input.files) body.append("image", file);
  const res = await fetch("/api/orq/v2/router/images/edits", { method: "POST", body });
  const json = await res.json();
  if (res.ok) document.querySelector("img").src = `data:image/png;base64,${json.data[0].b64_json}`;
  else document.body.append(json.error?.message ?? res.statusText);
});
