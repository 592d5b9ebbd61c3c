export { startMockServer } from "./server.js";
export { tinyPng } from "./png.js";
export { defaultSpecPath } from "./spec.js";
export type { Fault, FaultControl, FaultSpec } from "./faults.js";
export type { ErrorBody } from "./respond.js";
export type {
  MockServer,
  MockServerOptions,
  RecordedFile,
  RecordedPart,
  RecordedRaw,
  RecordedRequest,
  ValidationErrorDetail,
} from "./types.js";
