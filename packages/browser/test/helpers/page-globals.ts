import type * as sdk from "../../src/generated/index.js";

/** An error from the page, as plain data (see `describeError` in fixtures/page.html). */
export interface PageError {
  name: string | undefined;
  message: string;
  validation: boolean;
  api: boolean;
  aborted: boolean;
  orq: boolean;
  issues: { path: string; message: string }[] | undefined;
  statusCode: number | undefined;
}

// What fixtures/page.html puts on `window`, so that code run in the page type-checks against
// the package's real API.
declare global {
  interface Window {
    sdk: typeof sdk;
    describeError(error: unknown): PageError;
    sha256(blob: Blob): Promise<string>;
    pending?: Promise<unknown>;
    controller?: AbortController;
  }
}
