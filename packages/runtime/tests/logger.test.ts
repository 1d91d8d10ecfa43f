import { describe, expect, it } from 'vitest';
import { REDACTED, redactPersonalData, scrubText } from '../src/observability/logger.js';

describe('keeping personal data out of logs', () => {
  it('redacts values under personal keys and keeps ids', () => {
    const line = JSON.stringify(
      { clientId: 'cl_1', email: 'sam@example.net', safety: { immediateDanger: true } },
      redactPersonalData,
    );
    expect(JSON.parse(line)).toEqual({ clientId: 'cl_1', email: REDACTED, safety: REDACTED });
  });

  it('masks emails and phone numbers inside free text', () => {
    expect(scrubText('could not reach sam@example.net at +1 555 555 0123')).toBe(
      `could not reach ${REDACTED} at ${REDACTED}`,
    );
  });

  it('leaves text without personal data as it is', () => {
    expect(scrubText('Transaction cancelled')).toBe('Transaction cancelled');
  });
});
