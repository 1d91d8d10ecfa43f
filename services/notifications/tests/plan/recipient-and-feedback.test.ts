import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressesToSuppress } from '../../src/domain/feedback.js';
import { addressKey, maskAddress } from '../../src/domain/recipient.js';

describe('addresses in keys and in the log', () => {
  it('masks an address and a number, keeping enough to tell two apart', () => {
    expect(maskAddress('sam.lee@example.org')).toBe('s••••••@e••••••.org');
    expect(maskAddress('+15555550123')).toBe('+•••••••0123');
  });

  it('never shows the local part of an address, and keys ignore case and spaces', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const local = address.slice(0, address.lastIndexOf('@'));
        const masked = maskAddress(address);
        if (local.length > 3) expect(masked).not.toContain(local);
        expect(addressKey(` ${address.toUpperCase()} `)).toBe(addressKey(address));
        expect(addressKey(address)).toMatch(/^[0-9a-f]{64}$/);
      }),
    );
  });
});

describe('SES feedback', () => {
  const recipients = [{ emailAddress: 'a@example.org' }, { emailAddress: 'b@example.org' }];

  it('suppresses every address of a permanent bounce and of a complaint', () => {
    expect(
      addressesToSuppress({ eventType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: recipients } }),
    ).toEqual([
      { address: 'a@example.org', reason: 'bounce' },
      { address: 'b@example.org', reason: 'bounce' },
    ]);
    expect(addressesToSuppress({ eventType: 'Complaint', complaint: { complainedRecipients: recipients } })).toEqual([
      { address: 'a@example.org', reason: 'complaint' },
      { address: 'b@example.org', reason: 'complaint' },
    ]);
  });

  it('keeps an address after a transient bounce (a full mailbox)', () => {
    expect(
      addressesToSuppress({ eventType: 'Bounce', bounce: { bounceType: 'Transient', bouncedRecipients: recipients } }),
    ).toEqual([]);
  });
});

describe('the delivery log’s template filter', () => {
  it('offers exactly the templates the service sends', async () => {
    const { NOTIFICATION_TEMPLATES } = await import('@lantern/contracts');
    const { TEMPLATE_IDS } = await import('../../src/domain/render/variables.js');
    expect([...NOTIFICATION_TEMPLATES].sort()).toEqual([...TEMPLATE_IDS].sort());
  });
});
