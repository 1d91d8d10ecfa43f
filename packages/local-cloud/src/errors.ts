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
