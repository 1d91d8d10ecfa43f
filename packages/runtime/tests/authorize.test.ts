import { describe, expect, it } from 'vitest';
import { authContextFromClaims, mayCall, parseGroups } from '../src/http/authorize.js';

describe('reading cognito:groups', () => {
  it('reads a JSON array from a raw token', () => {
    expect(parseGroups(['coordinator', 'peer'])).toEqual(['coordinator', 'peer']);
  });

  it("reads API Gateway's flattened `[a b]` form", () => {
    expect(parseGroups('[coordinator admin]')).toEqual(['coordinator', 'admin']);
  });

  it('reads a stringified JSON array and a single group', () => {
    expect(parseGroups('["peer"]')).toEqual(['peer']);
    expect(parseGroups('peer')).toEqual(['peer']);
  });

  it('treats missing or empty claims as no groups', () => {
    expect(parseGroups(undefined)).toEqual([]);
    expect(parseGroups('')).toEqual([]);
  });
});

describe('who may call a route', () => {
  it('lets anyone call a public route', () => {
    expect(mayCall([], 'public')).toBe(true);
  });

  it('lets an admin do all a coordinator may', () => {
    expect(mayCall(['admin'], ['coordinator'])).toBe(true);
  });

  it('refuses a peer on a coordinator route', () => {
    expect(mayCall(['peer'], ['coordinator'])).toBe(false);
  });

  it('ignores groups that are not Lantern roles', () => {
    expect(authContextFromClaims({ sub: 'u1', 'cognito:groups': '[superuser peer]' })?.roles).toEqual(['peer']);
  });

  it('has no auth context without a subject', () => {
    expect(authContextFromClaims({ 'cognito:groups': '[admin]' })).toBeNull();
  });
});
