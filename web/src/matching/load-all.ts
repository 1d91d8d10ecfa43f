/** A page of a cursor-paged list, as every Lantern list answers. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every item of a paged list, following cursors; stops after `maxPages` so a runaway list cannot
 * hang the page (the caller says how many it shows).
 */
export async function loadAll<T>(fetchPage: (cursor?: string) => Promise<Page<T>>, maxPages = 50): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const answer = await fetchPage(cursor);
    items.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return items;
}
