import { spawnSync } from 'node:child_process';
import { JavaMissingError } from '../errors.js';

const MINIMUM_JAVA = 17;

/** Reads the major version from `java -version` ("17.0.15", or "1.8.0_392" for Java 8). */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Throws a sentence a person can act on when Java 17+ is not on PATH. */
export function assertJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new JavaMissingError(
      `DynamoDB Local needs Java ${MINIMUM_JAVA} or newer, and no \`java\` was found on PATH. ` +
        'Install a JDK or JRE (for example `apt-get install openjdk-17-jre-headless` or `brew install openjdk@17`) and try again.',
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === null || major < MINIMUM_JAVA) {
    throw new JavaMissingError(
      `DynamoDB Local needs Java ${MINIMUM_JAVA} or newer, but \`java -version\` reports ${major ?? 'an unknown version'}. ` +
        'Install a newer JDK or JRE and put it first on PATH.',
    );
  }
}
