/** The intake service's routes: data only (contracts schemas), safe for the web app to import. */
export { clearUrgentRoute } from './clear-urgent.js';
export { getClientRoute } from './get-client.js';
export { getClientHistoryRoute } from './get-client-history.js';
export { listClientsRoute } from './list-clients.js';
export { recordContactAttemptRoute } from './record-contact-attempt.js';
export { submitIntakeRoute } from './submit-intake.js';
export { updateClientRoute } from './update-client.js';
