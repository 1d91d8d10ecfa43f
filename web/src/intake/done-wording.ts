import type { ContactChannel } from '@lantern/contracts';

/** What the done page says happens next: the i18n keys of its three steps, true to what happens. */
export interface DoneWording {
  /** Only a client who chose email gets the confirmation email (the notifications service skips the others). */
  confirmation: 'done.emailSent' | 'done.noEmail';
  /** An urgent request is read first, with no promise of a delay; the others within two working days. */
  review: 'done.readFirst' | 'done.readSoon';
  /** The ways a coordinator then reaches them, in the order they are offered. */
  channels: ContactChannel[];
}

const CHANNEL_ORDER: readonly ContactChannel[] = ['email', 'phone', 'text'];

export function doneWording(channels: readonly ContactChannel[], urgent: boolean): DoneWording {
  return {
    confirmation: channels.includes('email') ? 'done.emailSent' : 'done.noEmail',
    review: urgent ? 'done.readFirst' : 'done.readSoon',
    channels: CHANNEL_ORDER.filter((channel) => channels.includes(channel)),
  };
}
