// Starts the mock orq server (test/mock-server.mjs, under Node) for one test file, and reaches
// its recorded requests and fault injection through the wrapper's control endpoint.
// The recorded shape, from the mock itself (its requests arrive as JSON).
import type { RecordedRequest } from "../../mock/src/types.ts";

export type { RecordedRequest };

export interface Mock {
  /** The mock orq API, e.g. http://127.0.0.1:40123. */
  url: string;
  /** Every request the mock received since the last reset, as it recorded them. */
  requests(): Promise<RecordedRequest[]>;
  reset(): Promise<void>;
  /** Queues a one-shot fault (see the mock's README), e.g. `{ kind: "status", status: 500 }`. */
  fault(fault: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

const wrapper = new URL("./mock-server.mjs", import.meta.url);

export async function startMock(): Promise<Mock> {
  const child = new Deno.Command("node", {
    args: [wrapper.pathname],
    cwd: new URL("..", import.meta.url).pathname,
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const lines = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!text.includes("\n")) {
    const next = await lines.read();
    if (next.done) throw new Error(`the mock server exited before it printed its URL: ${text}`);
    text += next.value;
  }
  await lines.cancel();
  const { url, control } = JSON.parse(text.slice(0, text.indexOf("\n"))) as {
    url: string;
    control: string;
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${control}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`mock control ${method} ${path}: ${JSON.stringify(json)}`);
    return json;
  };
  return {
    url,
    requests: () => call("GET", "/requests"),
    reset: () => call("POST", "/reset"),
    fault: (fault) => call("POST", "/faults", fault),
    async close() {
      await child.stdin.close();
      await child.status;
    },
  };
}
