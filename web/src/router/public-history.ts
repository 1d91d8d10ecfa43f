import type { RouterHistory } from 'vue-router';

/** Staff pages keep ordinary history; every other page is public. */
export const isPublicPath = (path: string) => !/^\/staff(\/|$|\?)/.test(path);

/**
 * The public pages share ONE history entry: moving between them replaces it instead of pushing,
 * so when "Exit this page" replaces that entry with a neutral page, Back leads to whatever came
 * before Lantern, never to a Lantern page that names what the visit was about.
 */
export function withSinglePublicEntry(history: RouterHistory): RouterHistory {
  const push: RouterHistory['push'] = (to, data) => {
    if (isPublicPath(history.location) && isPublicPath(to)) history.replace(to, data);
    else history.push(to, data);
  };
  return new Proxy(history, {
    get(target, key, receiver) {
      return key === 'push' ? push : Reflect.get(target, key, receiver);
    },
  });
}
