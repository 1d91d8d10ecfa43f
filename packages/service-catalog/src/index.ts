import { intakeManifest } from '@lantern/intake';
import { notificationsManifest } from '@lantern/notifications';
import type { ServiceManifest } from '@lantern/runtime';

/** Every deployed service. The CDK app and the local cloud both build from this list. */
export const SERVICE_MANIFESTS: readonly ServiceManifest[] = [intakeManifest, notificationsManifest];
