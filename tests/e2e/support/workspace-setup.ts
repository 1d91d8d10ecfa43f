import { EXAMPLE_INTAKE, EXAMPLE_PEER, type IntakeRequestInput } from '@lantern/contracts';

type Staff = 'coordinator@example.org' | 'peer@example.org' | 'admin@example.org';

/** The local cloud's API over HTTP, as a script or another service would use it. */
export function localApi(api: string) {
  const tokens = new Map<Staff, string>();

  async function call<T>(method: string, path: string, options: { body?: unknown; as?: Staff } = {}) {
    const headers: Record<string, string> = {};
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.as) headers.authorization = `Bearer ${await token(options.as)}`;
    const response = await fetch(`${api}${path}`, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  async function token(username: Staff): Promise<string> {
    const cached = tokens.get(username);
    if (cached) return cached;
    const response = await call<{ access_token: string }>('POST', '/_local/token', { body: { username } });
    if (response.status !== 200) throw new Error(`No token for ${username}: ${response.status}`);
    tokens.set(username, response.body.access_token);
    return response.body.access_token;
  }

  /** Retries `attempt` until it returns a value (events are delivered asynchronously). */
  async function until<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const value = await attempt();
      if (value !== undefined) return value;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`Timed out waiting for ${what}`);
  }

  /** The peer record of the seeded peer sign-in, created when the local cloud has none. */
  async function seededPeerId(): Promise<string> {
    const created = await call<{ peerId: string }>('POST', '/peers', {
      as: 'coordinator@example.org',
      body: {
        ...EXAMPLE_PEER,
        displayName: 'Pat P.',
        email: 'peer@example.org',
        capacity: 20,
        modalities: ['video', 'phone', 'text'],
        availability: [{ day: 'tue', start: '08:00', end: '22:00' }],
      },
    });
    if (created.status === 201) return created.body.peerId;
    const list = await call<{ items: { peerId: string; email: string }[] }>('GET', '/peers?limit=100', {
      as: 'peer@example.org',
    });
    const own = list.body.items.find((peer) => peer.email === 'peer@example.org');
    if (!own) throw new Error(`No peer record for peer@example.org (${created.status})`);
    return own.peerId;
  }

  async function submitIntake(overrides: Partial<IntakeRequestInput>): Promise<string> {
    const response = await call<{ clientId: string }>('POST', '/intakes', {
      body: { ...EXAMPLE_INTAKE, ...overrides },
    });
    if (response.status !== 201) throw new Error(`Intake refused: ${response.status}`);
    return response.body.clientId;
  }

  /** A coordinator matches the client with the seeded peer, once matching has heard of the client. */
  async function matchWithPeer(clientId: string, peerId: string): Promise<void> {
    await until('the match', async () => {
      const response = await call('POST', '/matches', { as: 'coordinator@example.org', body: { clientId, peerId } });
      if (response.status === 201) return true;
      if (response.status !== 404)
        throw new Error(`Match refused: ${response.status} ${JSON.stringify(response.body)}`);
      return undefined;
    });
    // The workspace learns of the match from MatchConfirmed.
    await until('the workspace to know the match', async () => {
      const response = await call('GET', `/clients/${clientId}/goals`, { as: 'peer@example.org' });
      return response.status === 200 ? true : undefined;
    });
  }

  return { call, token, until, seededPeerId, submitIntake, matchWithPeer };
}
