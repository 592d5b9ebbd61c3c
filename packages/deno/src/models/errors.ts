/**
 * `@orq-sdk/deno/models/errors`, as the official SDK has it: every error class the SDK throws,
 * with the spec's own (`HonoApiError`, and the classes of bodies written inline such as
 * `DeleteAgentResponseBody`) and their bodies' types (`…Data`).
 *
 * @module
 */
export * from "@orq-sdk/core/models/errors";
