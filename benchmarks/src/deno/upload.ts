// One upload from disk on Deno, in its own `deno run`:
//   deno run --allow-net=127.0.0.1 --allow-read --allow-env=BENCH_HOLD upload.ts <ours|floor> <sink url> <warm-up file | -> <file>...
// Like ../child/upload.mjs: a warm-up with one small file, then one timed request with all the
// files; prints {ms} or {error}.
import { fileFromPath, Orq } from "@orq-sdk/deno";

const [mode, url, warmUp, ...paths] = Deno.args;
const MODEL = "openai/gpt-image-1";
const PROMPT = "Give the otter a tiny hat";

function expectEdit(body: { data?: unknown[] }, status = 200): void {
  if (status !== 200 || body.data?.length !== 1)
    throw new Error(`unexpected answer: ${status} ${JSON.stringify(body).slice(0, 200)}`);
}

/** @orq-sdk/deno with fileFromPath. */
function ours(): (files: string[]) => Promise<void> {
  const orq = new Orq({ apiKey: "bench-key", serverURL: url });
  return async (files) => {
    const images = await Promise.all(files.map((p) => fileFromPath(p)));
    const image = images.length === 1 ? images[0]! : images;
    expectEdit(await orq.router.images.edits.create({ model: MODEL, prompt: PROMPT, image }));
  };
}

/** The floor: Deno's fetch with a multipart body written by hand, each file streamed from disk. */
function floor(): (files: string[]) => Promise<void> {
  const boundary = "----bench-floor-7c0b1f2e";
  const text = new TextEncoder();
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  return async (files) => {
    async function* body(): AsyncGenerator<Uint8Array> {
      yield text.encode(field("model", MODEL) + field("prompt", PROMPT));
      for (const path of files) {
        const name = path.split("/").at(-1);
        yield text.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="${name}"\r\n` +
            `Content-Type: image/png\r\n\r\n`,
        );
        using file = await Deno.open(path);
        for await (const chunk of file.readable) yield chunk;
        yield text.encode("\r\n");
      }
      yield text.encode(`--${boundary}--\r\n`);
    }
    const res = await fetch(new URL("/v2/router/images/edits", url), {
      method: "POST",
      headers: {
        authorization: "Bearer bench-key",
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      body: ReadableStream.from(body()),
    });
    expectEdit(await res.json(), res.status);
  };
}

/** One JSON line; then, run by the harness (BENCH_HOLD=1), wait for stdin to close so that the
 * harness can read this process's peak RSS from /proc/<pid>/status (see ../rss.ts). */
async function report(result: Record<string, unknown>): Promise<never> {
  console.log(JSON.stringify(result));
  if (Deno.env.get("BENCH_HOLD") === "1") for await (const _ of Deno.stdin.readable);
  Deno.exit(0);
}

try {
  const upload = mode === "ours" ? ours() : floor();
  if (warmUp !== "-") await upload([warmUp!]);
  const started = performance.now();
  await upload(paths);
  const ms = performance.now() - started;
  await report({ ms });
} catch (error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await report({ error: message.replace(/\s+/g, " ").slice(0, 300) });
}
