import { ref } from 'vue';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies a link with the Clipboard API; where it is refused (no permission, an old browser) the
 * page says so and leaves the link selectable, so it can still be copied by hand.
 */
export function useCopyLink(clipboard: Pick<Clipboard, 'writeText'> | undefined) {
  const state = ref<CopyState>('idle');

  async function copy(link: string): Promise<void> {
    try {
      if (!clipboard) throw new Error('No clipboard');
      await clipboard.writeText(link);
      state.value = 'copied';
    } catch {
      state.value = 'failed';
    }
  }

  return { state, copy };
}
