import type {
  APIPromise,
  FileInput,
  IsRequestOptions,
  OperationCaller,
  Result,
} from "@orq-sdk/core";
import type { BrowserFileInput } from "./files/to-file-input.js";

/** A field that holds only files (a file, or a list of files), apart from null/undefined. */
export type IsFileField<V> = [NonNullable<V>] extends [never]
  ? false
  : [NonNullable<V>] extends [FileInput | FileInput[]]
    ? true
    : false;

/** A file field that also takes the browser's inputs; a list of files takes them as items. */
export type WithBrowserInputs<V> =
  | Exclude<V, FileInput | FileInput[]>
  | ([FileInput] extends [V] ? BrowserFileInput : never)
  | ([FileInput[]] extends [V] ? BrowserFileInput[] : never);

/**
 * A request type whose upload fields also take a `FileList`, a canvas, a URL, a `Response`. The
 * body of a request with parameters is one of its fields (`requestBody`, or the official SDK's
 * name for a named body, `updateFileRequest`): object fields are walked into (a `Date`, the
 * SDK's `date-time`, is a value, not an object to walk).
 */
export type WithBrowserFiles<T> = T extends FileInput | Date
  ? T
  : T extends object
    ? {
        [K in keyof T]: IsFileField<T[K]> extends true
          ? WithBrowserInputs<T[K]>
          : WithBrowserFiles<T[K]>;
      }
    : T;

/**
 * The client's resource tree with every method's request widened by {@link WithBrowserFiles}:
 * the request object, or each of the arguments a method takes one by one
 * (`agents.avatar.set(requestBody, agentKey, options)`), its options left as they are. A method
 * that takes no files keeps its own type: retyping reads only a method's last signature, and
 * would drop the overloads of a stream switch (`stream: true` resolving to the events).
 */
export type BrowserMethods<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => infer P
    ? [{ [I in keyof A]: WithBrowserArgument<A[I]> }] extends [A]
      ? T[K]
      : (...args: { [I in keyof A]: WithBrowserArgument<A[I]> }) => P
    : BrowserMethods<T[K]>;
};

/**
 * One argument of a method: its options as they are, a file (a raw body given on its own) or an
 * object with file fields taking the browser's inputs.
 */
export type WithBrowserArgument<A> =
  IsRequestOptions<A> extends true
    ? A
    : IsFileField<A> extends true
      ? WithBrowserInputs<A>
      : WithBrowserFiles<A>;

/**
 * A standalone function of core (`routerImagesEditsCreate`, …), taking the browser's inputs: in
 * its request, or in each of the arguments it takes one by one (`agentsUpdate(core,
 * requestBody, agentKey, options)`). Read from the generic function, the options are `unknown`:
 * they become the function's `Options` again. A function that takes no files is core's as it
 * is, overloads and all (see {@link BrowserMethods}).
 */
export type BrowserStandalone<F> = F extends (
  core: never,
  ...args: infer A
) => APIPromise<Result<infer T, unknown>>
  ? [{ [I in keyof A]: unknown extends A[I] ? A[I] : WithBrowserArgument<A[I]> }] extends [A]
    ? F
    : <Options, E>(
        core: OperationCaller<Options, E>,
        ...args: { [I in keyof A]: unknown extends A[I] ? Options : WithBrowserArgument<A[I]> }
      ) => APIPromise<Result<T, E>>
  : never;
