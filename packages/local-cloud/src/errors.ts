/** The one base error of the local cloud; subclasses say what failed. */
export class LocalCloudError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** DynamoDB Local needs a Java 17+ runtime on PATH. */
export class JavaMissingError extends LocalCloudError {}

/** A manifest the local cloud cannot run (duplicate routes, clashing names). */
export class ManifestConflictError extends LocalCloudError {}

/** A function could not be bundled or loaded. */
export class FunctionLoadError extends LocalCloudError {}

/**
 * An error answer of an emulated AWS API (AWS JSON or REST JSON): the SDK reads `type` as the
 * exception's name, so it must be one the real service uses.
 */
export class AwsApiError extends LocalCloudError {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
    /** Fields the real service adds to this error (a ConflictException's `Reason`). */
    readonly fields: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A request body over the emulated endpoint's limit (API Gateway's 10 MB). */
export class BodyTooLargeError extends LocalCloudError {}

/** A function's answer API Gateway cannot turn into a response. */
export class MalformedResponseError extends LocalCloudError {}
