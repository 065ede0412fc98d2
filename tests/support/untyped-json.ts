/**
 * A JSON value a test parsed from an HTTP answer or an export and reads field by field. Tests assert on
 * such values instead of typing them (eslint.config.mjs turns the unsafe-* rules off in tests for this).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON by design: a wrong field fails the assertion that reads it
export type UntypedJson = any;
