import { createParser, type EventSourceMessage } from "eventsource-parser";
import type { EventStream, Operation, SchemaRef } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import type { Issue } from "../schema/check-and-rename.js";
import { own, resolve, typesOf } from "../schema/resolve.js";
import type { Streaming } from "./attempt.js";
import { holdAnswer, iterable } from "./held-answer.js";
import { checked, jsonOrText, readResponse } from "./read-response.js";
import { APIError } from "../errors/api-error.js";

/** One event as eventsource-parser gives it, with the `retry` field that came in its block. */
type Message = EventSourceMessage & { retry?: number };

/**
 * A 2XX answer of server-sent events as an `EventStream`: a web `ReadableStream` of events, each
 * `{ data }` with `data` parsed from JSON, checked and renamed by the operation's event schema as
 * a JSON answer is (and `event`, `id`, `retry` when the server sent them). The body is read only
 * as events are asked for; it ends with the body or at the sentinel (a `data` that is not an
 * event: the spec's, else `[DONE]` where it cannot be one). Parsing is eventsource-parser's (the
 * WHATWG rules: lines split anyhow across chunks, comments, multi-line data).
 *
 * Iterating it rejects with a `ResponseValidationError` (holding the event's text) on a broken
 * event, an `APIError` (its `body` the event's data) on an error event the spec does not
 * describe, a `ConnectionError` when the connection breaks, and the `RequestAbortedError` of the
 * caller's abort. Leaving a `for await` loop early (or `cancel()`) closes the response. However it
 * ends, the caller's signal is let go and the body cancelled.
 *
 * `undefined` when the spec has no streams: no bundle for such a spec holds any of this (see
 * `readParameters` for why it is one expression).
 */
export const readEventStream = spec.usesEventStreams
  ? (
      op: Operation,
      operation: string,
      response: Response,
      streaming: Streaming,
      unchecked?: boolean,
    ): EventStream<unknown> => {
      const { schema, sentinel } = op.response!.stream!;
      const { read, close } = holdAnswer(
        response,
        streaming,
        (why) => `${operation}: the event stream broke: ${why}`,
      );
      const decoder = new TextDecoder();
      const queue: Message[] = [];
      let retry: number | undefined;
      /** The body has ended: what the parser still gives had no blank line after it. */
      let ending = false;
      const parser = createParser({
        onEvent(message) {
          queue.push(retry === undefined ? message : { ...message, retry });
          retry = undefined;
        },
        onRetry(ms) {
          retry = ms;
        },
      });

      // The event schema's `data`: a payload that is not JSON is kept as text only where it may
      // be a string; where it can only be one (log lines), it is the text as sent, JSON or not
      // (`42` stays "42", `"hi"` keeps its quotes).
      const dataNode = own(resolve(schema).properties, "data");
      const dataTypes = dataNode && typesOf(resolve(dataNode));
      const textOnly = dataTypes?.every((type) => type === "string");
      const toEvent = ({ data, event, id, retry }: Message): unknown => {
        const raw = [
          event !== undefined && `event: ${event}`,
          id !== undefined && `id: ${id}`,
          retry !== undefined && `retry: ${retry}`,
          ...data.split("\n").map((line) => `data: ${line}`),
        ]
          .filter(Boolean)
          .join("\n");
        const fail = (problem: string, issues?: Issue[], value?: unknown) =>
          new ResponseValidationError(operation, response, raw, problem, issues, value);
        let payload: unknown = data;
        // Data that is not JSON, where the schema takes no text, is told so, not by the rules
        // it then breaks ("data must be an object (got "{not json")", probe68); an event the
        // body ends in without its blank line was likely cut off.
        const notJson = (_problem?: string, issues?: Issue[], value?: unknown) =>
          fail(
            `an event's data is not valid JSON${ending ? " (the stream ended inside the event)" : ""}`,
            issues,
            value,
          );
        let parsed = true;
        try {
          if (!textOnly) payload = JSON.parse(data);
        } catch {
          parsed = false;
          if (dataTypes && !dataTypes.includes("string")) throw notJson();
        }
        return checked(
          schema,
          {
            data: payload,
            ...(event !== undefined && { event }),
            ...(id !== undefined && { id }),
            ...(retry !== undefined && { retry }),
          },
          parsed ? fail : notJson,
          unchecked,
        );
      };

      // The stream's end: the spec's sentinel, else `[DONE]` where the event schema does not
      // take it. OpenAI's convention, which Mistral, orq and most model APIs follow and many of
      // their specs do not declare (no `x-speakeasy-sse-sentinel`): read as an event, it broke
      // every stream at its normal end. Where an event may hold it as text, it is an event.
      // (Whatever the schema's shape, a union of events included: it is the reading that says.)
      const END = Symbol();
      // Whether the spec describes an error the server sends as an event: `error` among the
      // event names its events (or a union's branches) pin, or an `error` field of their data.
      // Where it does not, such an event is the server's failure however loose the event schema
      // is: xAI's chunks require nothing, and its errors came out as chunks (probe79).
      const branches = (ref: SchemaRef | undefined) => {
        const node = ref && resolve(ref);
        return node ? [node, ...(node.oneOf ?? node.anyOf ?? []).map(resolve)] : [];
      };
      const describes = (what: "event" | "data") =>
        branches(schema).some((event) => {
          const field = own(event.properties, what);
          return what === "event"
            ? !!field && [resolve(field).const, ...(resolve(field).enum ?? [])].includes("error")
            : branches(field).some((data) => own(data.properties, "error") !== undefined);
        });
      const errorEvents = describes("event");
      const errorData = describes("data");

      const eventOrEnd = (message: Message): unknown => {
        if (message.data === sentinel) return END;
        // An error the server reports mid-stream, which the spec does not describe as an event
        // (`event: error`, or Together's and OpenAI's `data: {"error": {…}}`): the server's own
        // words, as an `APIError`, not an event, nor the rules the event breaks ("data.id is
        // required", probe70).
        const body = jsonOrText(message.data) as { error?: unknown } | null;
        if ((message.event === "error" && !errorEvents) || (body?.error && !errorData && !textOnly))
          throw new APIError(operation, response, body, " (an error event in the stream)");
        try {
          return toEvent(message);
        } catch (error) {
          if (sentinel === undefined && message.data.trim() === "[DONE]") return END;
          throw error;
        }
      };

      const stream = new ReadableStream<unknown>(
        {
          async pull(controller) {
            try {
              for (;;) {
                const message = queue.shift();
                const event = message && eventOrEnd(message);
                if (message && event !== END) {
                  controller.enqueue(event);
                  return;
                }
                const chunk = message ? undefined : await read();
                if (chunk && !chunk.done) {
                  parser.feed(decoder.decode(chunk.value, { stream: true }));
                  continue;
                }
                // The end: an event the body ends in without its blank line still counts. (Then
                // the sentinel, or nothing left to read.)
                if (chunk?.done) {
                  ending = true;
                  parser.feed(`${decoder.decode()}\n\n`);
                  if (queue.length) continue;
                }
                await close();
                controller.close();
                return;
              }
            } catch (error) {
              await close(error);
              throw error;
            }
          },
          cancel: close,
        },
        // Nothing is read before an event is asked for.
        { highWaterMark: 0 },
      );

      return iterable(stream);
    }
  : undefined;

/**
 * A 2XX answer as the SDK returns it: a stream of events (see `readEventStream`) or, read as
 * text, what `readResponse` makes of it. An operation that only ever answers with a stream fails
 * on anything else.
 */
export const readAnswer = spec.usesEventStreams
  ? (
      op: Operation,
      operation: string,
      response: Response,
      body: string | Streaming,
      unchecked?: boolean,
    ): unknown => {
      if (typeof body !== "string")
        return readEventStream!(op, operation, response, body, unchecked);
      if (op.response?.stream && !op.response.schema) {
        const type = response.headers.get("content-type") || "no content type";
        throw new ResponseValidationError(
          operation,
          response,
          body,
          `expected text/event-stream, got ${type}`,
        );
      }
      return readResponse(op, operation, response, body, unchecked);
    }
  : undefined;
