import type { CheckInChannel, Contact, ContactList, CreateContactRequest } from '@lantern/contracts';
import type * as z from 'zod/mini';
import { instantOfLocalInput } from '../support/lines.js';
import { useCreate } from './useCreate.js';
import { usePagedList } from './usePagedList.js';

export interface ContactsApi {
  list: (cursor?: string) => Promise<ContactList>;
  create: (body: z.input<typeof CreateContactRequest>, idempotencyKey: string) => Promise<Contact>;
}

/** Check-ins between sessions, by text or phone, on channels the client agreed to. */
export function useContacts(api: ContactsApi, newKey: () => string) {
  const list = usePagedList<Contact, null>((_filters, cursor) => api.list(cursor), null);
  const creating = useCreate(api.create, newKey);

  async function log(at: string, channel: CheckInChannel, summary: string): Promise<boolean> {
    const created = await creating.run({ at: instantOfLocalInput(at) ?? at, channel, summary: summary.trim() });
    if (!created) return false;
    await list.reload();
    return true;
  }

  return { list, creating, load: list.reload, log };
}
