import type { ClientRecord, ClientStatus } from '@lantern/contracts';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../api/api-error.js';

export interface ClientRecordApi {
  get: (clientId: string) => Promise<ClientRecord>;
  changeStatus: (clientId: string, status: ClientStatus, reason: string) => Promise<unknown>;
}

/** One client's record and its status change (with a reason, which the API requires). */
export function useClientRecord(clientId: string, api: ClientRecordApi) {
  const record = shallowRef<ClientRecord | null>(null);
  const loadFailed = ref(false);
  const saving = ref(false);
  const saveFailed = ref(false);
  /** Why the API refused the last change (its problem `detail`), when it said. */
  const saveDetail = ref<string | undefined>(undefined);

  async function load(): Promise<void> {
    loadFailed.value = false;
    try {
      record.value = await api.get(clientId);
    } catch {
      loadFailed.value = true;
    }
  }

  async function changeStatus(status: ClientStatus, reason: string): Promise<boolean> {
    saving.value = true;
    saveFailed.value = false;
    saveDetail.value = undefined;
    try {
      await api.changeStatus(clientId, status, reason.trim());
      record.value = await api.get(clientId);
      return true;
    } catch (error) {
      saveFailed.value = true;
      saveDetail.value = error instanceof ApiError ? error.problem?.detail : undefined;
      return false;
    } finally {
      saving.value = false;
    }
  }

  return { record, loadFailed, saving, saveFailed, saveDetail, load, changeStatus };
}
