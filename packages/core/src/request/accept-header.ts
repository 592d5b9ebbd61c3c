import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { isJsonType } from "./media-types.js";

/**
 * The `Accept` header for an operation: the media types of its 2XX answer (`text/event-stream`
 * for the streams it may answer with), and JSON, which error bodies are.
 */
export function acceptHeader({ response }: Operation): string {
  if (spec.usesEventStreams && response?.stream)
    return response.schema ? "application/json, text/event-stream" : "text/event-stream";
  if (spec.usesNonJsonResponses && response?.mediaType && !isJsonType(response.mediaType))
    return `${response.mediaType}, application/json`;
  return "application/json";
}
