// The SDK needs `--allow-net` only; `--allow-read` for files it reads, `--allow-env` only when the
// program relies on ORQ_API_KEY. A missing permission fails at once with Deno's own error
// (`NotCapable`, naming the flag), never a hang. Each case is its own `deno run --no-prompt`.
import assert from "node:assert/strict";
import { startMock } from "./_mock.ts";
import { otterPath, runDeno } from "./_helpers.ts";

const fixture = new URL("./fixtures/permissions.ts", import.meta.url).pathname;

Deno.test("permissions", async (t) => {
  const mock = await startMock();
  const run = (flags: string[], args: string[], env: Record<string, string> = {}) =>
    runDeno(["run", ...flags, fixture, ...args], { env, timeoutMs: 30_000 });
  const host = new URL(mock.url).host;
  try {
    await t.step(
      "--allow-net alone: a client with apiKey works (ORQ_LOG is not read)",
      async () => {
        const r = await run([`--allow-net=${host}`], ["bytes", mock.url], { ORQ_LOG: "debug" });
        assert.equal(r.stderr, "");
        assert.equal(r.stdout.trim(), "ok 1");
      },
    );
    await t.step("relying on ORQ_API_KEY without --allow-env: Deno's error", async () => {
      const r = await run([`--allow-net=${host}`], ["env-key", mock.url], { ORQ_API_KEY: "k" });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^NotCapable: Requires env access to "ORQ_API_KEY".*--allow-env/);
    });
    await t.step("--allow-env=ORQ_API_KEY is enough to rely on it", async () => {
      await mock.reset();
      const r = await run(
        [`--allow-net=${host}`, "--allow-env=ORQ_API_KEY"],
        ["env-key", mock.url],
        { ORQ_API_KEY: "from-env" },
      );
      assert.equal(r.stderr, "");
      assert.equal(r.stdout.trim(), "ok 1");
      const [request] = await mock.requests();
      assert.equal(request!.headers.authorization, "Bearer from-env");
    });
    await t.step("a file without --allow-read: Deno's error, naming the file", async () => {
      const r = await run([`--allow-net=${host}`], ["file", mock.url, otterPath]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^NotCapable: Requires read access to ".*otter\.png".*--allow-read/);
      const ok = await run(
        [`--allow-net=${host}`, `--allow-read=${otterPath}`],
        ["file", mock.url, otterPath],
      );
      assert.equal(ok.stdout.trim(), "ok 1");
    });
    await t.step("no --allow-net: Deno's error, and the program still exits", async () => {
      const r = await run([], ["bytes", mock.url]);
      assert.equal(r.code, 1, `exit code ${r.code} after ${r.ms} ms: ${r.stderr}`);
      assert.match(
        r.stderr,
        /^ConnectionError: .*Requires net access to "127\.0\.0\.1:\d+", run again with the --allow-net flag/,
      );
    });
    await t.step("a refused permission is not retried: one attempt", async () => {
      const r = await run([], ["retried", mock.url]);
      assert.equal(r.code, 1);
      assert.equal(r.stderr.match(/attempt \d/g)?.join(), "attempt 1", r.stderr);
      assert.match(r.stderr, /Requires net access/);
    });
    await t.step(
      "--allow-net=<host>:<default port> is enough for a URL without a port",
      async () => {
        // Nothing need listen on port 80: past the permission check, the call fails (or not) on
        // the network, and says so; it used to ask for every port of the host and refuse.
        const r = await run(["--allow-net=127.0.0.1:80"], ["bytes", "http://127.0.0.1"]);
        assert.doesNotMatch(r.stderr, /NotCapable|Requires net access/, r.stderr);
      },
    );
  } finally {
    await mock.close();
  }
});
