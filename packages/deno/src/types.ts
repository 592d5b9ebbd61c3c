import type {
  APIPromise,
  FileContent,
  OperationCaller,
  Orq as CoreOrq,
  OrqCore as CoreOrqCore,
  Result,
} from "@orq-sdk/core";

/** What an upload field takes in Deno: everything core takes, plus a `Deno.FsFile`. */
export type DenoFileContent = FileContent | Deno.FsFile;

/** One upload in Deno: the content alone, or the official SDK's `{ fileName, content }`. */
export type DenoFileInput = DenoFileContent | { fileName: string; content: DenoFileContent };

/** `T` (a request type) with every file input widened to {@link DenoFileInput}. */
export type WithDenoFiles<T> = T extends FileContent
  ? T | Deno.FsFile
  : T extends { fileName: string; content: FileContent }
    ? T | { fileName: string; content: DenoFileContent }
    : T extends Date // the SDK's `date-time`: a value, not an object to walk
      ? T
      : T extends object
        ? { [K in keyof T]: WithDenoFiles<T[K]> }
        : T;

/** A resource tree of client methods, each taking {@link WithDenoFiles} of its request. */
export type DenoMethods<T> = {
  readonly [K in keyof T]: T[K] extends (request: infer R, options?: infer O) => infer P
    ? (request: WithDenoFiles<R>, options?: O) => P
    : DenoMethods<T[K]>;
};

/** The client's operations as methods (`router.images.edits.create`, …), taking Deno's files. */
export type DenoResources = DenoMethods<Omit<CoreOrq, keyof CoreOrqCore>>;

/** A standalone function of core (`routerImagesEditsCreate`, …), taking Deno's files. */
export type DenoStandalone<F> = F extends (
  core: never,
  request: infer R,
  options?: never,
) => APIPromise<Result<infer T, unknown>>
  ? <Options, E>(
      core: OperationCaller<Options, E>,
      request: WithDenoFiles<R>,
      options?: Options,
    ) => APIPromise<Result<T, E>>
  : never;
