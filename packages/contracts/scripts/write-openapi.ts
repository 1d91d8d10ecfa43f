import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OPENAPI_PATH, renderOpenApi } from '../src/openapi.js';

writeFileSync(OPENAPI_PATH, renderOpenApi());
console.log(`Wrote ${fileURLToPath(OPENAPI_PATH)}`);
