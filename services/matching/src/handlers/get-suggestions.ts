import { httpHandler } from '@lantern/runtime';
import { NotFoundError } from '../domain/refusals.js';
import { getSuggestionsRoute } from '../routes/get-suggestions.js';
import { clientsStore } from '../store/default-store.js';
import { freshSuggestions } from './fresh-suggestions.js';

/** GET /clients/{clientId}/suggestions (coordinator): every peer, ranked or excluded with why. */
export const handler = httpHandler(getSuggestionsRoute, async ({ params }) => {
  const suggestions = await freshSuggestions(params.clientId, clientsStore.getWaiting(params.clientId));
  if (!suggestions) throw new NotFoundError('This client’s intake has not reached matching yet.');
  return { status: 200, body: suggestions };
});
