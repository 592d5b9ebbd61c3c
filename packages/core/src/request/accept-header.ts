import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { isJsonType } from "./media-types.js";

/**
 * The `Accept` header for an operation: the media type of its 2XX answer (`audio/wav`; every
 * one it comes in, when several: Box's thumbnails are JPEG or PNG, as asked for), and
 * `text/event-stream` for the streams it may answer with instead, and JSON, which error bodies
 * are (and the text a JSON answer may come as instead).
 */
export function acceptHeader({ response }: Operation): string {
  const answer =
    spec.usesNonJsonResponses && response?.mediaType && !isJsonType(response.mediaType)
      ? `${response.accepts ?? response.mediaType}, application/json`
      : spec.usesTextBesideJson && response?.textToo
        ? `application/json, ${response.textToo}`
        : "application/json";
  return spec.usesEventStreams && response?.stream
    ? response.schema
      ? `${answer}, text/event-stream`
      : "text/event-stream"
    : answer;
}
