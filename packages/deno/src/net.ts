import { endedUpload } from "./stream-limit.ts";

/**
 * Deno's `fetch`, after checking `--allow-net` for the request's host. Deno 2.9 refuses a
 * request without the permission with a clear `NotCapable` error, but when the request has a
 * `ReadableStream` body (every multipart upload) the refused body keeps the process alive after
 * the error: a program that catches it never exits. Checking first never hands Deno that body.
 * In a terminal, Deno asks for the permission as it would itself. A refusal is not retried.
 */
export async function denoFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input);
  // With its port always: `url.host` drops a default one (`api.orq.ai` for `:443`), and Deno
  // reads a bare host as "every port", which `--allow-net=api.orq.ai:443` does not grant.
  const host = `${url.hostname}:${url.port || (url.protocol === "https:" ? 443 : 80)}`;
  const descriptor = { name: "net", host } as const;
  if ((await Deno.permissions.query(descriptor)).state !== "granted") {
    const { state } = await Deno.permissions.request(descriptor);
    if (state !== "granted") {
      throw new Deno.errors.NotCapable(
        `Requires net access to "${host}", run again with the --allow-net flag`,
      );
    }
  }
  try {
    return await fetch(input, init);
  } catch (error) {
    // An upload past its size limit: the SDK's ValidationError, not Deno's "fetch failed".
    throw endedUpload(error) ?? error;
  }
}
