/** The example service's routes: data only (contracts schemas), safe for the web app to import. */
export { createExampleRoute } from './create-example.js';
export { getExampleRoute } from './get-example.js';
