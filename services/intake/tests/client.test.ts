import { DEFAULT_CRISIS_RESOURCES, EXAMPLE_INTAKE, IntakeRequest, IntakeSubmitted } from '@lantern/contracts';
import { describe, expect, it } from 'vitest';
import {
  changeStatus,
  intakeSubmittedData,
  newClientRecord,
  queueSortKey,
  StatusChangeError,
  urgentReasonsOf,
} from '../src/domain/client.js';
import { crisisResourcesFor, parseCrisisResources } from '../src/domain/crisis-resources.js';

const now = new Date('2026-11-23T10:00:00.000Z');
const intake = IntakeRequest.parse(EXAMPLE_INTAKE);

describe('a new client from an intake', () => {
  it('starts as new, not urgent, with consents recorded at the time of intake', () => {
    const record = newClientRecord(intake, 'cl_1', now);
    expect(record).toMatchObject({
      status: 'new',
      urgent: false,
      urgentReasons: [],
      consents: { recordedAt: now.toISOString() },
    });
  });

  it('is urgent, with the reasons, when a safety answer signals risk', () => {
    const record = newClientRecord(
      { ...intake, safety: { immediateDanger: false, riskToOthers: false, thoughtsOfSelfHarm: true } },
      'cl_1',
      now,
    );
    expect(record.urgent).toBe(true);
    expect(record.urgentReasons).toEqual(['thoughts_of_self_harm']);
  });

  it('gives one reason per "yes", the risk to others included', () => {
    const safety = { immediateDanger: true, riskToOthers: true, thoughtsOfSelfHarm: false };
    expect(urgentReasonsOf(safety)).toEqual(['immediate_danger', 'risk_to_others']);
    expect(urgentReasonsOf({ ...safety, immediateDanger: false })).toEqual(['risk_to_others']);
  });

  it('reads a body sent before the risk-to-others question as not urgent when the others are "no"', () => {
    const { riskToOthers: _left, ...before } = EXAMPLE_INTAKE.safety;
    const record = newClientRecord(IntakeRequest.parse({ ...EXAMPLE_INTAKE, safety: before }), 'cl_1', now);
    expect(record.urgent).toBe(false);
  });

  it('announces itself without the safety answers', () => {
    const data = intakeSubmittedData(
      newClientRecord(
        { ...intake, safety: { immediateDanger: true, riskToOthers: true, thoughtsOfSelfHarm: true } },
        'cl_1',
        now,
      ),
    );
    expect(IntakeSubmitted.data.safeParse(data).success).toBe(true);
    expect(JSON.stringify(data)).not.toMatch(/safety|danger|harm|risk/i);
    expect(data.urgent).toBe(true);
  });
});

describe('the queue order', () => {
  it('puts urgent clients first, then the longest waiting', () => {
    const keys = [
      { urgent: false, createdAt: '2026-01-01T00:00:00.000Z', clientId: 'cl_a' },
      { urgent: true, createdAt: '2026-03-01T00:00:00.000Z', clientId: 'cl_b' },
      { urgent: false, createdAt: '2025-12-01T00:00:00.000Z', clientId: 'cl_c' },
      { urgent: true, createdAt: '2026-02-01T00:00:00.000Z', clientId: 'cl_d' },
    ].map((c) => [queueSortKey(c), c.clientId] as const);
    expect(keys.sort(([a], [b]) => (a < b ? -1 : 1)).map(([, id]) => id)).toEqual(['cl_d', 'cl_b', 'cl_c', 'cl_a']);
  });
});

describe('status changes', () => {
  const record = newClientRecord(intake, 'cl_1', now);

  it('records who changed the status, when and why', () => {
    const next = changeStatus(record, 'in_review', {
      reason: 'Reading the intake',
      by: 'coordinator@example.org',
      now,
    });
    expect(next.status).toBe('in_review');
    expect(next.statusHistory.at(-1)).toEqual({
      status: 'in_review',
      at: now.toISOString(),
      by: 'coordinator@example.org',
      reason: 'Reading the intake',
    });
  });

  it('refuses a change that skips the process', () => {
    expect(() => changeStatus(record, 'active', { reason: 'x', by: 'c', now })).toThrow(StatusChangeError);
  });

  it('never sets matched by hand: it follows a confirmed match', () => {
    const waitlisted = changeStatus(record, 'waitlisted', { reason: 'No peer free', by: 'c', now });
    expect(() => changeStatus(waitlisted, 'matched', { reason: 'x', by: 'c', now })).toThrow(
      'A client becomes matched only when a match is confirmed, not by hand.',
    );
  });
});

describe('crisis resources', () => {
  const configured = JSON.stringify(DEFAULT_CRISIS_RESOURCES);

  it('answers in the language of the intake', () => {
    const resources = parseCrisisResources(configured);
    expect(crisisResourcesFor(resources, 'fr')).toEqual(DEFAULT_CRISIS_RESOURCES.fr);
    expect(crisisResourcesFor(resources, 'en')).toEqual(DEFAULT_CRISIS_RESOURCES.en);
  });

  it('refuses a configuration without every language, or none at all', () => {
    expect(() => parseCrisisResources(JSON.stringify({ en: DEFAULT_CRISIS_RESOURCES.en }))).toThrow();
    expect(() => parseCrisisResources(undefined)).toThrow('CRISIS_RESOURCES is not set');
  });
});
