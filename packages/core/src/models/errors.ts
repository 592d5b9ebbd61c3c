// `@orq-sdk/core/models/errors`, the official SDK's `models/errors`: every error class the SDK
// throws, with the spec's own (`HonoApiError`, and the classes of bodies written inline such as
// `DeleteAgentResponseBody`, whose names the root gives to operations' types) and their bodies'
// types (`…Data`).
export * from "../errors/index.js";
export * from "../generated/errors.js";
