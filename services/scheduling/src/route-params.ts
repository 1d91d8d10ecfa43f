import { MatchId, SessionId } from '@lantern/contracts';
import * as z from 'zod/mini';

/** Path parameters of the scheduling routes. */
export const MatchIdParams = z.object({ matchId: MatchId });
export const SessionIdParams = z.object({ sessionId: SessionId });

/** A signed link token (`<key id>.<payload>.<mac>`, base64url segments); the signature is checked by the handler. */
const SignedToken = z.string().check(z.maxLength(4096), z.regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+){2}$/));
export const LinkTokenParams = z.object({ token: SignedToken });

/**
 * `/calendars/{feed}` where feed is `<token>.ics`: API Gateway takes a path variable only as a
 * whole segment, so the `.ics` suffix is part of the parameter and checked here.
 */
export const CalendarFeedParams = z.object({
  feed: z.string().check(z.maxLength(4100), z.regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+){2}\.ics$/)),
});
