import { type CrisisResource, CrisisResourcesByLocale, type Locale } from '@lantern/contracts';

/** The organisation's crisis resources from configuration (`CRISIS_RESOURCES`, JSON by locale). */
export function parseCrisisResources(json: string | undefined): CrisisResourcesByLocale {
  if (!json) throw new Error('CRISIS_RESOURCES is not set');
  return CrisisResourcesByLocale.parse(JSON.parse(json));
}

/** The entries to show someone writing in `locale`: the same ones the web app shows them. */
export function crisisResourcesFor(resources: CrisisResourcesByLocale, locale: Locale): CrisisResource[] {
  return resources[locale];
}
