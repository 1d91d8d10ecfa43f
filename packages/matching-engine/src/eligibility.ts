import { INELIGIBILITY_CODES, type IneligibilityCode } from '@lantern/contracts';
import type { PreparedClient, PreparedPeer } from './prepared.js';

export type { IneligibilityCode };
/** Hard constraints, in the order they are checked (cheapest first; named in contracts). */
export { INELIGIBILITY_CODES };

/** Why a peer cannot be matched with a client, worded for a coordinator. */
export interface Ineligibility {
  readonly code: IneligibilityCode;
  readonly detail: string;
}

/** Shared availability of a pair, written by the checks so scoring need not recompute it. */
export interface OverlapSink {
  totalMinutes: number;
  longestMinutes: number;
}

/**
 * Index into INELIGIBILITY_CODES of the first hard constraint the pair fails, or -1 when eligible.
 * Allocation-free: the batch calls it for every one of its million pairs.
 */
export function firstIneligibility(
  client: PreparedClient,
  peer: PreparedPeer,
  sessionMinutes: number,
  overlap: OverlapSink,
): number {
  if (peer.profile.status !== 'active') return 0;
  if (peer.room <= 0) return 1;
  if (client.excluded.size > 0 && client.excluded.has(peer.profile.id)) return 2;
  if (!sharesAny(client.languages, peer.languages)) return 3;
  if ((client.modalityMask & peer.modalityMask) === 0) return 4;
  if (!hasAll(peer.traitIds, client.requiredTraitIds)) return 5;
  if (!sharesAnyHour(client.hours, peer.hours)) return 6;
  measureOverlap(client.availability, peer.availability, overlap);
  if (overlap.longestMinutes < sessionMinutes) return 6;
  return -1;
}

/** Every hard constraint the pair fails (empty when eligible), with details for a coordinator. */
export function ineligibilitiesOf(
  client: PreparedClient,
  peer: PreparedPeer,
  sessionMinutes: number,
  overlap: OverlapSink,
): Ineligibility[] {
  const failures: Ineligibility[] = [];
  const add = (code: IneligibilityCode, detail: string) => failures.push({ code, detail });
  const { profile } = peer;
  if (profile.status !== 'active') add('not_active', `not taking clients (${profile.status.replace('_', ' ')})`);
  if (peer.room <= 0) add('at_capacity', `at capacity (${profile.caseload} of ${profile.capacity} clients)`);
  const exclusion = client.excluded.get(profile.id);
  if (exclusion !== undefined) add('excluded', `excluded: ${exclusion}`);
  if (!sharesAny(client.languages, peer.languages)) {
    add('no_shared_language', `no shared language (client: ${client.profile.languages.join(', ')})`);
  }
  if ((client.modalityMask & peer.modalityMask) === 0) {
    add('no_shared_modality', `no shared way to meet (client: ${client.profile.modalities.join(', ')})`);
  }
  for (const trait of client.requiredTraits) {
    if (!peer.traits.has(trait)) add('required_preference', `does not meet the required ${trait.replace(':', ' ')}`);
  }
  measureOverlap(client.availability, peer.availability, overlap);
  if (overlap.longestMinutes < sessionMinutes) {
    add('no_shared_availability', `not free together for a ${sessionMinutes}-minute session in the coming weeks`);
  }
  return failures;
}

/** A third of realistic pairs are never free in the same hour: 21 word ANDs rule them out. */
function sharesAnyHour(a: Int32Array, b: Int32Array): boolean {
  for (let k = 0; k < a.length; k++) if (((a[k] as number) & (b[k] as number)) !== 0) return true;
  return false;
}

function hasAll(offered: Int32Array, required: Int32Array): boolean {
  for (let i = 0; i < required.length; i++) if (!offered.includes(required[i] as number)) return false;
  return true;
}

function sharesAny(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (a[i] === b[j]) return true;
  return false;
}

/**
 * Walks both people's UTC intervals (flat `[start, end, ...]`, sorted, merged) with two pointers,
 * so DST and zone differences are already in the instants; no wall-clock comparison happens here.
 */
function measureOverlap(a: Int32Array, b: Int32Array, out: OverlapSink): void {
  let i = 0;
  let j = 0;
  let total = 0;
  let longest = 0;
  while (i < a.length && j < b.length) {
    const aEnd = a[i + 1] as number;
    const bEnd = b[j + 1] as number;
    const start = Math.max(a[i] as number, b[j] as number);
    const end = Math.min(aEnd, bEnd);
    if (end > start) {
      total += end - start;
      if (end - start > longest) longest = end - start;
    }
    if (aEnd < bEnd) i += 2;
    else j += 2;
  }
  out.totalMinutes = total;
  out.longestMinutes = longest;
}
