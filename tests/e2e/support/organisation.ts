import type { CrisisResourcesByLocale } from '@lantern/contracts';

/**
 * The test organisation's crisis lines, unlike the defaults, given once to both the local cloud
 * (`CRISIS_RESOURCES`) and the web app (`config.json`), as the CDK app does from cdk.json.
 */
export const E2E_CRISIS_RESOURCES: CrisisResourcesByLocale = {
  en: [
    {
      name: 'Riverside Crisis Line',
      phone: '+1 555 555 0100',
      text: '555100',
      description: 'Call or text, any time, free.',
    },
    { name: 'Emergency services', phone: '911', description: 'If you are in immediate danger, call 911.' },
  ],
  fr: [
    {
      name: 'Ligne de crise Riverside',
      phone: '+1 555 555 0100',
      text: '555100',
      description: 'Appelez ou textez, à toute heure, gratuitement.',
    },
    { name: 'Services d’urgence', phone: '911', description: 'En danger immédiat, composez le 911.' },
  ],
};
