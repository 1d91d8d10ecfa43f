import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_INTAKE } from '../src/examples.js';
import { OPENAPI_PATH, renderOpenApi } from '../src/openapi.js';

writeFileSync(OPENAPI_PATH, renderOpenApi());
console.log(`Wrote ${fileURLToPath(OPENAPI_PATH)}`);

const examplePath = new URL('../examples/intake.json', import.meta.url);
writeFileSync(examplePath, `${JSON.stringify(EXAMPLE_INTAKE, null, 2)}\n`);
console.log(`Wrote ${fileURLToPath(examplePath)}`);
