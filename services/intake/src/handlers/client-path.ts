import { ClientId } from '@lantern/contracts';
import { z } from 'zod';

export const ClientPath = z.object({ clientId: ClientId });
