import { ClientId } from '@lantern/contracts';
import * as z from 'zod';

export const ClientPath = z.object({ clientId: ClientId });
