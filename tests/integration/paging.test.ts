import { beforeAll, describe, expect, it } from 'vitest';
import { call, intake, tokenFor } from './support/api.js';

interface Summary {
  clientId: string;
  urgent: boolean;
  createdAt: string;
}

async function allPages(query: string, token: string): Promise<{ items: Summary[]; pages: number }> {
  const items: Summary[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await call<{ items: Summary[]; nextCursor: string | null }>('GET', `/clients?${query}${suffix}`, {
      token,
    });
    expect(response.status).toBe(200);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
    pages += 1;
  } while (cursor);
  return { items, pages };
}

describe('paging through the queue', () => {
  let coordinator: string;
  const created: string[] = [];
  beforeAll(async () => {
    coordinator = await tokenFor('coordinator@example.org');
    for (let i = 0; i < 7; i += 1) {
      const urgent = i % 3 === 0;
      const body = intake({ safety: { immediateDanger: urgent, riskToOthers: false, thoughtsOfSelfHarm: false } });
      created.push((await call('POST', '/intakes', { body })).body.clientId);
    }
  });

  it('returns every client exactly once, urgent first then oldest first', async () => {
    const { items, pages } = await allPages('limit=2', coordinator);
    const ids = items.map((c) => c.clientId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(created));
    expect(pages).toBeGreaterThan(3);
    const firstCalm = items.findIndex((c) => !c.urgent);
    expect(items.slice(firstCalm).every((c) => !c.urgent)).toBe(true);
    for (const group of [items.slice(0, firstCalm), items.slice(firstCalm)]) {
      expect(group.map((c) => c.createdAt)).toEqual([...group.map((c) => c.createdAt)].sort());
    }
  });

  it('filters by urgency and by status', async () => {
    const urgent = await allPages('urgent=true&limit=3', coordinator);
    const fresh = await allPages('status=new&urgent=false&limit=50', coordinator);
    expect(urgent.items.every((c) => c.urgent)).toBe(true);
    expect(urgent.items.map((c) => c.clientId)).toEqual(expect.arrayContaining([created[0], created[3], created[6]]));
    expect(fresh.items.every((c) => !c.urgent)).toBe(true);
  });

  it('refuses a cursor from another listing', async () => {
    const first = await call('GET', '/clients?limit=1', { token: coordinator });
    const misuse = await call('GET', `/clients?status=new&cursor=${first.body.nextCursor}`, { token: coordinator });
    expect(misuse.status).toBe(400);
  });
});
