import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_INTAKE } from '@lantern/contracts';
import { OPENAPI_PATH, renderOpenApi } from '@lantern/contracts/openapi';
import { SERVICE_ROUTES } from '../src/index.js';

writeFileSync(OPENAPI_PATH, renderOpenApi(SERVICE_ROUTES));
console.log(`Wrote ${fileURLToPath(OPENAPI_PATH)}`);

const examplePath = new URL('../../contracts/examples/intake.json', import.meta.url);
writeFileSync(examplePath, `${JSON.stringify(EXAMPLE_INTAKE, null, 2)}\n`);
// In the repository's JSON style, so a regenerated file differs only where the example did.
execFileSync('biome', ['format', '--write', fileURLToPath(examplePath)], { stdio: 'ignore' });
console.log(`Wrote ${fileURLToPath(examplePath)}`);
