/**
 * `pnpm demo`: the seed examples end to end. Starts the bundled mock orq server, runs each
 * example as its own program against it, and prints what came back and what the mock received.
 * `pnpm demo --live` (with ORQ_API_KEY set) calls the real API instead.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startMockServer, type MockServer } from "@orq-sdk/mock";

const examples = ["edit.ts", "edit-standalone.ts", "variation.ts"];
const live = process.argv.includes("--live");

async function main(): Promise<number> {
  if (live && !process.env.ORQ_API_KEY) {
    console.error("--live calls the real orq.ai API: set ORQ_API_KEY first.");
    return 2;
  }
  const mock: MockServer | undefined = live ? undefined : await startMockServer();
  const env = {
    ...process.env,
    ORQ_SERVER_URL: live ? (process.env.ORQ_SERVER_URL ?? "https://api.orq.ai") : mock!.url,
    // The mock wants a Bearer token, any token.
    ORQ_API_KEY: live ? process.env.ORQ_API_KEY : "mock-key",
  };
  console.log(
    live
      ? "Calling the real orq.ai API.\n"
      : `Mock orq server on ${mock!.url} (no API key needed).\n`,
  );
  let failed = 0;
  try {
    for (const example of examples) {
      console.log(`── ${example} ${"─".repeat(60 - example.length)}`);
      const before = mock?.requests.length ?? 0;
      const code = await run(example, env);
      if (code !== 0) failed++;
      for (const r of mock?.requests.slice(before) ?? []) {
        const files = r.files.map(
          (f) => `${f.field}=${f.filename} (${f.contentType}, ${f.size} bytes)`,
        );
        console.log(
          `   mock received ${r.method} ${r.path} → ${r.status}: fields ${Object.keys(r.body as object).join(", ")}` +
            (files.length ? `; files ${files.join(", ")}` : ""),
        );
      }
      console.log();
    }
  } finally {
    await mock?.close();
  }
  console.log(
    failed
      ? `${failed} of ${examples.length} examples failed.`
      : `All ${examples.length} examples ran.`,
  );
  return failed ? 1 : 0;
}

/**
 * Runs one example; non-zero when it failed. The official standalone example reports a failed
 * `Result` by logging "… failed:" and exiting 0, as pasted: its output is read for that too.
 */
function run(example: string, env: NodeJS.ProcessEnv): Promise<number> {
  const file = fileURLToPath(new URL(`./${example}`, import.meta.url));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", file], {
      env,
      stdio: ["inherit", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString("utf8");
    });
    child.on("close", (code) => resolve(code || (/ failed:/.test(output) ? 1 : 0)));
  });
}

main().then((code) => process.exit(code));
