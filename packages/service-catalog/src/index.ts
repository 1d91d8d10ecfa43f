import type { RouteDefinition } from '@lantern/contracts';
import { intakeManifest } from '@lantern/intake';
import { matchingManifest } from '@lantern/matching';
import { notificationsManifest } from '@lantern/notifications';
import { manifestRoutes, type ServiceManifest } from '@lantern/runtime';
import { supportManifest } from '@lantern/support';

/** Every deployed service. The CDK app and the local cloud both build from this list. */
export const SERVICE_MANIFESTS: readonly ServiceManifest[] = [
  intakeManifest,
  matchingManifest,
  notificationsManifest,
  supportManifest,
];

/** Every HTTP route of every service: the OpenAPI document and the drift test read this list. */
export const SERVICE_ROUTES: readonly RouteDefinition[] = manifestRoutes(SERVICE_MANIFESTS);
