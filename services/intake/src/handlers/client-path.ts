import { ClientId } from '@lantern/contracts';
import * as z from 'zod/mini';

export const ClientPath = z.object({ clientId: ClientId });
