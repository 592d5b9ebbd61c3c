// Type tests: checked by `tsc` (pnpm typecheck). An `@ts-expect-error` that stops erroring fails.
import {
  Orq,
  OrqCore,
  routerImagesEditsCreate,
  type CreateImageEditRequestBody,
  type CreateImageEditResponseBody,
  type CreateImageVariationRequestBody,
  type CreateImageVariationResponseBody,
  type Result,
  type OrqError,
} from "../src/index.js";
import * as errors from "../src/index.js";

declare const orq: Orq;
declare const core: OrqCore;
declare const png: Blob;

export async function checks(): Promise<void> {
  const edit: CreateImageEditResponseBody = await orq.router.images.edits.create({
    model: "m",
    prompt: "p",
    image: [png, png],
  });
  const b64: string | undefined = edit.data[0]?.b64Json;
  const textTokens: number | undefined = edit.usage?.inputTokensDetails.textTokens;
  void b64;
  void textTokens;

  const variation: CreateImageVariationResponseBody = await orq.router.images.variations.create({
    model: "m",
    image: png,
    size: "256x256",
  });
  void variation;

  const result: Result<CreateImageEditResponseBody, OrqError> = await routerImagesEditsCreate(
    core,
    { model: "m", prompt: "p" },
  );
  if (result.ok) void result.value.created;
  else void result.error.message;
  // Destructured, as the official SDK allows: one of the two is undefined.
  const { value, error } = result;
  const created: number | undefined = value?.created;
  const failed: OrqError | undefined = error;
  void created;
  void failed;
  // @ts-expect-error a success has no error to read
  if (result.ok) void result.error.message;

  // `$inspect()` adds the exchange: its status narrows what is there.
  const [inspected, call] = await routerImagesEditsCreate(core, {
    model: "m",
    prompt: "p",
  }).$inspect();
  const same: Result<CreateImageEditResponseBody, OrqError> = inspected;
  void same;
  if (call.status === "complete") void call.response.headers.get("x-request-id");
  // @ts-expect-error a request that was never sent has no response
  if (call.status === "invalid") void call.response.status;

  // @ts-expect-error prompt is required for edits
  await orq.router.images.edits.create({ model: "m" });
  // @ts-expect-error quality is one of the values the spec lists
  await orq.router.images.edits.create({ model: "m", prompt: "p", quality: "not-a-quality" });
  // @ts-expect-error the wire's snake_case is not the SDK's name
  await orq.router.images.edits.create({ model: "m", prompt: "p", response_format: "url" });
  // @ts-expect-error variations take one image
  await orq.router.images.variations.create({ model: "m", image: [png] });
  // @ts-expect-error size is an enum for variations
  await orq.router.images.variations.create({ model: "m", size: "2048x2048" });

  const body: CreateImageEditRequestBody = {
    model: "m",
    prompt: "p",
    orq: { identity: { id: "x", metadata: [{ cost_center: 1 }] } },
  };
  const variationBody: CreateImageVariationRequestBody = {
    model: "m",
    loadBalancer: { type: "weight_based", models: [] },
  };
  void body;
  void variationBody;
}

// The official README's error handling: `OrqError` carries the answer's status, headers and
// body, and `HTTPClientError` is where none came.
export async function errorHandling(): Promise<void> {
  try {
    await orq.router.images.edits.create({ model: "m", prompt: "p", image: png });
  } catch (error) {
    if (error instanceof errors.OrqError) {
      const status: number | undefined = error.statusCode;
      const headers: Headers | undefined = error.headers;
      const body: unknown = error.body;
      void [status, headers, body];
    }
    if (error instanceof errors.APIError) {
      const status: number = error.statusCode;
      // Its README's table: `rawResponse`; and `contentType`, as on its errors.
      const raw: Response = error.rawResponse;
      const type: string = error.contentType;
      void [status, raw, type];
    }
    // Its README: `error.rawValue` and `error.pretty()` on a ResponseValidationError.
    if (error instanceof errors.ResponseValidationError) {
      const value: unknown = error.rawValue;
      const text: string = error.pretty();
      void [value, text];
    }
    if (error instanceof errors.SDKValidationError) console.log(error.pretty());
    if (error instanceof errors.HTTPClientError) void error.cause;
  }
}

// The official SDK's root names: `SDKOptions`, `HTTPClientOptions`, `ServerList`.
export function officialRootNames(options: errors.SDKOptions, http: errors.HTTPClientOptions) {
  const client = new errors.Orq({ ...options, serverIdx: 0 });
  const servers: readonly string[] = errors.ServerList;
  return [client, new errors.HTTPClient(http), servers];
}
