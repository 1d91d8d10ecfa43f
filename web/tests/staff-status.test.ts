import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/api-error.js';
import StaffStatusChange from '../src/components/staff/StaffStatusChange.vue';
import { useClientRecord } from '../src/composables/useClientRecord.js';
import { createLanternI18n } from '../src/i18n/index.js';

const mountForm = (props: { current: 'new' | 'waitlisted' | 'matched'; failed?: boolean; detail?: string }) =>
  mount(StaffStatusChange, {
    props: { saving: false, failed: false, ...props },
    global: { plugins: [createLanternI18n('en')] },
  });

describe('the status form', () => {
  it('offers only the changes the shared rules allow, never matched', () => {
    const offered = (current: 'new' | 'waitlisted' | 'matched') =>
      mountForm({ current })
        .findAll('option')
        .map((option) => option.attributes('value'));
    expect(offered('new')).toEqual(['in_review', 'waitlisted', 'closed']);
    expect(offered('waitlisted')).toEqual(['in_review', 'closed']);
    expect(offered('matched')).toEqual(['active', 'waitlisted', 'closed']);
  });

  it('keeps the typed reason when sending, and shows why the API refused', async () => {
    const wrapper = mountForm({ current: 'new' });
    await wrapper.find('textarea').setValue('Reading it now');
    await wrapper.find('form').trigger('submit');
    await wrapper.setProps({
      failed: true,
      detail: 'Someone else changed this client meanwhile; reload and try again.',
    });

    expect(wrapper.emitted('change')).toEqual([['in_review', 'Reading it now']]);
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('Reading it now');
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'Someone else changed this client meanwhile; reload and try again.',
    );
  });
});

describe('useClientRecord', () => {
  it('keeps the problem detail of a refused change, and forgets it on the next try', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'A client cannot go from new to active.',
    };
    let refuse = true;
    const client = useClientRecord('cl_1', {
      get: async () => ({ clientId: 'cl_1' }) as never,
      changeStatus: async () => {
        if (refuse) throw new ApiError(409, problem);
      },
    });

    expect(await client.changeStatus('active', 'x')).toBe(false);
    expect(client.saveDetail.value).toBe('A client cannot go from new to active.');
    refuse = false;
    expect(await client.changeStatus('in_review', 'x')).toBe(true);
    expect([client.saveFailed.value, client.saveDetail.value]).toEqual([false, undefined]);
  });
});
