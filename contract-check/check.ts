// The contract as a TypeScript team reads it: openapi-typescript turns openapi/openapi.yaml into target/planwatch.d.ts,
// and tsc --strict must accept these lines without a cast. Each fails to compile if the member lost its `required`
// (it would be `... | undefined`) or its `enum` (it would be `string`).
import type { components, paths } from "./target/planwatch";

type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Problem = components["schemas"]["Problem"];
type IsClosed<T> = string extends T ? false : true;

declare const evaluation: Json<paths["/api/v1/plans/{plan}/evaluation"]["get"]["responses"][200]>;

const status: "NO_DATA" | "ACHIEVED" | "NOT_ACHIEVED" | "ON_TRACK" | "AT_RISK" | "REGRESSING" | "INSUFFICIENT_TREND" | "NOT_ASSESSED" =
  evaluation.targets[0].status;
const warning: "AT_RISK" | "REGRESSING" | "NOT_ACHIEVED" | "VOLATILE" | "MAINTAIN_BREACH" | "MILESTONE_MISSED" | "STALE"
  | "SUBUNIT_FAILING" | "WEAKER_THAN_BASELINE" | "ANNUAL_CHANGE_MISSED" = evaluation.targets[0].warnings[0].code;
const kind: components["schemas"]["TargetKind"] = evaluation.targets[0].kind;
const asOf: number = evaluation.asOf;
const achievedShare: number | null = evaluation.summary.achievedShare;

// a rejected push (422) carries the field errors, each with a code of one closed set
declare const rejected: paths["/api/v1/observations"]["post"]["responses"][422]["content"]["application/problem+json"];
const fieldError: components["schemas"]["FieldErrorCode"] | undefined = rejected.errors?.[0].code;
const fieldErrorClosed: IsClosed<components["schemas"]["FieldErrorCode"]> = true;
const problemType: Problem["type"] = rejected.type;
const problemTypeClosed: IsClosed<Problem["type"]> = true;
const unknownReference: components["schemas"]["FieldErrorCode"] = "UNKNOWN_REFERENCE";

// a page says where the next one starts, or null on the last
declare const page: Json<paths["/api/v1/observations"]["get"]["responses"][200]>;
const next: string | null = page.nextCursor;

export { status, warning, kind, asOf, achievedShare, fieldError, fieldErrorClosed, problemType, problemTypeClosed, unknownReference, next };
