// `…/models/errors`, as the official SDK has it: every error class the SDK throws, with the
// spec's own and their bodies' types (see @orq-sdk/core's `models/errors`).
export * from "@orq-sdk/core/models/errors";
