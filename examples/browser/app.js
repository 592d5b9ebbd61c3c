// The example's logic: pick a picture (a file input or a canvas), send an image edit or a
// variation, and show the results. See README.md for how to run it against the mock.
import {
  Orq,
  APIError,
  ValidationError,
  RequestAbortedError,
  objectURLFromB64,
} from "@orq-sdk/browser";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

/**
 * Two ways to call the API from a page, neither of which puts an API key in page code:
 * - "proxy": serverURL is this app's own backend, which adds the key (serve.mjs does here);
 * - "direct": the API (here the mock) is called across origins with a short-lived token that
 *   the app's backend would hand out; `apiKey` is a function, asked before every request.
 */
function client() {
  if ($("api").value === "proxy") return new Orq({ serverURL: "/api/orq" });
  return new Orq({
    serverURL: params.get("server") ?? "http://127.0.0.1:4010",
    apiKey: async () => "short-lived-token-from-your-backend",
  });
}

// A canvas to draw on, so there is something to send without a file.
const canvas = $("canvas");
const ctx = canvas.getContext("2d");
ctx.fillStyle = "#e8f4ff";
ctx.fillRect(0, 0, canvas.width, canvas.height);
ctx.fillStyle = "#8a5a2b";
ctx.beginPath();
ctx.arc(128, 140, 60, 0, Math.PI * 2);
ctx.fill();
let drawing = false;
canvas.addEventListener("pointerdown", () => (drawing = true));
canvas.addEventListener("pointerup", () => (drawing = false));
canvas.addEventListener("pointermove", (e) => {
  if (!drawing) return;
  ctx.fillStyle = "#222";
  ctx.fillRect(e.offsetX - 3, e.offsetY - 3, 6, 6);
});

let controller;

async function run(kind) {
  const fromCanvas = document.querySelector("input[name=source]:checked").value === "canvas";
  // A FileList or a canvas goes straight into `image`.
  const image = fromCanvas ? canvas : $("files").files;
  const n = Number($("n").value) || 1;
  controller = new AbortController();
  setBusy(true);
  status(`Sending ${kind}…`);
  try {
    const orq = client();
    const options = { signal: controller.signal };
    const result =
      kind === "edit"
        ? await orq.router.images.edits.create(
            {
              model: "openai/gpt-image-1",
              prompt: $("prompt").value,
              image,
              n,
              responseFormat: "b64_json",
            },
            options,
          )
        : await orq.router.images.variations.create(
            {
              model: "openai/dall-e-2",
              image: fromCanvas ? canvas : image?.[0],
              n,
              responseFormat: "b64_json",
            },
            options,
          );
    for (const item of result.data) {
      const img = document.createElement("img");
      img.alt = `${kind} result`;
      img.src = item.b64Json ? objectURLFromB64(item.b64Json) : item.url;
      $("results").prepend(img);
    }
    status(`${result.data.length} image(s) back.`);
  } catch (error) {
    if (error instanceof ValidationError)
      status(`Not sent: ${error.issues.map((i) => i.message).join("; ")}`, true);
    else if (error instanceof APIError)
      status(`The API answered ${error.statusCode}: ${error.message}`, true);
    else if (error instanceof RequestAbortedError) status("Cancelled.", true);
    else status(String(error?.message ?? error), true);
  } finally {
    setBusy(false);
  }
}

function status(text, isError = false) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

function setBusy(busy) {
  $("edit").disabled = busy;
  $("variation").disabled = busy;
  $("cancel").disabled = !busy;
}

$("form").addEventListener("submit", (e) => {
  e.preventDefault();
  run("edit");
});
$("variation").addEventListener("click", () => run("variation"));
$("cancel").addEventListener("click", () => controller?.abort());
document.documentElement.dataset.ready = "true";
