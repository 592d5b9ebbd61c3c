// The package's retyping of core's methods and functions for Deno's files keeps what it need not
// touch: a method that takes no files keeps its own type, overloads and all, so that a stream
// switch's `stream: true` still resolves to the events. One that takes files takes a
// `Deno.FsFile`. Types only, with no test to run: the package's `deno check` (its typecheck
// task) reads this file and fails on it.
import type { APIPromise, FileInput, OperationCaller, Result } from "@orq-sdk/core";
import type { DenoMethods, DenoStandalone } from "../src/types.ts";

type Events = AsyncIterable<{ delta: string }>;
type Json = { text: string };

interface Methods {
  chat: {
    create(request: { model: string } & { stream: true }): Promise<Events>;
    create(request: { model: string } & { stream?: false }): Promise<Json>;
    create(request: { model: string; stream?: boolean }): Promise<Json | Events>;
  };
  upload(request: { file: FileInput }): Promise<Json>;
}

declare function chatCreate<Options, E>(
  core: OperationCaller<Options, E>,
  request: { model: string } & { stream: true },
  options?: Options,
): APIPromise<Result<Events, E>>;
declare function chatCreate<Options, E>(
  core: OperationCaller<Options, E>,
  request: { model: string; stream?: boolean },
  options?: Options,
): APIPromise<Result<Json | Events, E>>;

export function usage(
  methods: DenoMethods<Methods>,
  standalone: DenoStandalone<typeof chatCreate>,
  core: OperationCaller<{ timeoutMs?: number }, Error>,
  file: Deno.FsFile,
) {
  const events: Promise<Events> = methods.chat.create({ model: "m", stream: true });
  const json: Promise<Json> = methods.chat.create({ model: "m" });
  // @ts-expect-error `stream: true` resolves to the events
  const wrong: Promise<Json> = methods.chat.create({ model: "m", stream: true });
  const uploaded: Promise<Json> = methods.upload({ file });
  const streamed: APIPromise<Result<Events, Error>> = standalone(core, {
    model: "m",
    stream: true,
  });
  return [events, json, wrong, uploaded, streamed];
}
