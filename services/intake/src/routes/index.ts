/** The intake service's routes: data only (contracts schemas), safe for the web app to import. */
export { getClientRoute } from './get-client.js';
export { listClientsRoute } from './list-clients.js';
export { submitIntakeRoute } from './submit-intake.js';
export { updateClientRoute } from './update-client.js';
