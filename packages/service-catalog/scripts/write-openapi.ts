import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_INTAKE } from '@lantern/contracts';
import { OPENAPI_PATH, renderOpenApi } from '@lantern/contracts/openapi';
import { SERVICE_ROUTES } from '../src/index.js';

writeFileSync(OPENAPI_PATH, renderOpenApi(SERVICE_ROUTES));
console.log(`Wrote ${fileURLToPath(OPENAPI_PATH)}`);

const examplePath = new URL('../../contracts/examples/intake.json', import.meta.url);
writeFileSync(examplePath, `${JSON.stringify(EXAMPLE_INTAKE, null, 2)}\n`);
console.log(`Wrote ${fileURLToPath(examplePath)}`);
