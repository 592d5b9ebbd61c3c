import type {
  APIPromise,
  FileContent,
  OperationCaller,
  Orq as CoreOrq,
  OrqCore as CoreOrqCore,
  IsRequestOptions,
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

/**
 * A resource tree of client methods, each taking {@link WithDenoFiles} of its request: the
 * request object, or each of the arguments a method takes one by one
 * (`agents.avatar.set(requestBody, agentKey, options)`), its options left as they are. A method
 * that takes no files keeps its own type: retyping reads only a method's last signature, and
 * would drop the overloads of a stream switch (`stream: true` resolving to the events).
 */
export type DenoMethods<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => infer P
    ? [DenoArguments<A>] extends [A]
      ? T[K]
      : (...args: DenoArguments<A>) => P
    : DenoMethods<T[K]>;
};

/** A method's arguments, each but its options taking Deno's files. */
type DenoArguments<A> = {
  [I in keyof A]: IsRequestOptions<A[I]> extends true ? A[I] : WithDenoFiles<A[I]>;
};

/** The client's operations as methods (`router.images.edits.create`, …), taking Deno's files. */
export type DenoResources = DenoMethods<Omit<CoreOrq, keyof CoreOrqCore>>;

/**
 * A standalone function of core (`routerImagesEditsCreate`, …), taking Deno's files: in its
 * request, or in each of the arguments it takes one by one (`agentsUpdate(core, requestBody,
 * agentKey, options)`). Read from the generic function, the options are `unknown`: they become
 * the function's `Options` again. A function that takes no files is core's as it is, overloads
 * and all (see {@link DenoMethods}).
 */
export type DenoStandalone<F> = F extends (
  core: never,
  ...args: infer A
) => APIPromise<Result<infer T, unknown>>
  ? [{ [I in keyof A]: unknown extends A[I] ? A[I] : WithDenoFiles<A[I]> }] extends [A]
    ? F
    : <Options, E>(
        core: OperationCaller<Options, E>,
        ...args: { [I in keyof A]: unknown extends A[I] ? Options : WithDenoFiles<A[I]> }
      ) => APIPromise<Result<T, E>>
  : never;
