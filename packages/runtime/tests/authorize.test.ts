import { mayCall } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../src/errors.js';
import { callerOf, rolesFromGroups } from '../src/http/authorize.js';
import { httpEvent } from '../src/testing.js';

const token = (groups: unknown) => ({
  sub: 'u1',
  exp: 2_000_000_000,
  username: 'someone@example.org',
  'cognito:groups': groups,
});

describe('reading cognito:groups from the verified token', () => {
  it('reads the exact group names of the token’s own JSON array', () => {
    expect(callerOf(httpEvent({ token: token(['coordinator', 'peer']) }))?.roles).toEqual(['coordinator', 'peer']);
  });

  it.each([[['volunteer,coordinator']], [['peer,admin']], [['coordinator ']], [['x admin']], [['Coordinator']]])(
    'never splits or trims a group name: %j gives no role',
    (groups) => {
      expect(callerOf(httpEvent({ token: token(groups) }))?.roles).toEqual([]);
    },
  );

  it('ignores groups that are not Lantern roles', () => {
    expect(callerOf(httpEvent({ token: token(['superuser', 'peer']) }))?.roles).toEqual(['peer']);
  });

  it('refuses (401) groups that cannot be read unambiguously', () => {
    for (const groups of ['coordinator', '[coordinator]', [1], [['admin']], { 0: 'admin' }]) {
      expect(() => rolesFromGroups(groups)).toThrow(HttpProblem);
    }
  });

  it('refuses a token whose subject or expiry differ from the verified claims', () => {
    const event = httpEvent({ token: token(['admin']) });
    const claims = event.requestContext.authorizer.jwt.claims;
    claims.sub = 'someone-else';
    expect(() => callerOf(event)).toThrow(HttpProblem);
  });

  it('has no caller without verified claims', () => {
    expect(callerOf(httpEvent({}))).toBeNull();
  });
});

describe('who may call a route (the shared rule)', () => {
  it('lets anyone call a public route', () => {
    expect(mayCall([], 'public')).toBe(true);
  });

  it('lets an admin do all a coordinator may', () => {
    expect(mayCall(['admin'], ['coordinator'])).toBe(true);
  });

  it('refuses a peer on a coordinator route', () => {
    expect(mayCall(['peer'], ['coordinator'])).toBe(false);
  });
});
