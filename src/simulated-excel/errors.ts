/**
 * Errors thrown by the simulated Excel, shaped like `OfficeExtension.Error`:
 * `name`, `code`, `message`, `debugInfo { code, message, errorLocation, statement }`, `traceMessages`.
 */

export const SimErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  notImplemented: "NotImplemented",
} as const;

export type SimErrorCode = (typeof SimErrorCodes)[keyof typeof SimErrorCodes];

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
}

/** The error type that both the proxies (synchronously) and `context.sync()` (asynchronously) throw. */
export class SimulatedOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[];
  readonly innerError: SimulatedOfficeError | null = null;
  readonly httpStatusCode?: number;

  constructor(
    code: string,
    message: string,
    debugInfo?: Partial<SimDebugInfo>,
    traceMessages: string[] = [],
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...debugInfo };
    this.traceMessages = traceMessages;
  }
}

/**
 * An error raised while an operation is applied to the model. `context.sync()` turns it into a
 * `SimulatedOfficeError` with the operation's location and statement in `debugInfo`.
 */
export class OperationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OperationError";
  }
}

export function fail(code: SimErrorCode, message: string): never {
  throw new OperationError(code, message);
}

export function invalidArgument(
  message = "The argument is invalid or missing or has an incorrect format.",
): never {
  return fail(SimErrorCodes.invalidArgument, message);
}

export function itemNotFound(message = "The requested resource doesn't exist."): never {
  return fail(SimErrorCodes.itemNotFound, message);
}

export function propertyNotLoaded(property: string, entity: string): SimulatedOfficeError {
  return new SimulatedOfficeError(
    SimErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method ` +
      `on the containing object and call "context.sync()" on the associated request context.`,
    { errorLocation: `${entity}.${property}` },
  );
}

export function valueNotLoaded(): SimulatedOfficeError {
  return new SimulatedOfficeError(
    SimErrorCodes.valueNotLoaded,
    `The value of the result object has not been loaded yet. Before reading the value property, ` +
      `call "context.sync()" on the associated request context.`,
  );
}
