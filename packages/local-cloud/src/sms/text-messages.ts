import { randomUUID } from 'node:crypto';
import { JsonLines } from '../durable/json-lines.js';
import { AwsApiError } from '../errors.js';
import { awsJsonHandler } from '../http/aws-json.js';

export interface CapturedText {
  messageId: string;
  to: string;
  from: string;
  body: string;
  sentAt: string;
}

type Entry = { kind: 'sent'; text: CapturedText } | { kind: 'optOut'; phone: string; at: string };

/** The keywords AWS End User Messaging SMS treats as an opt-out by default. */
const OPT_OUT_KEYWORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT', 'ARRET']);
const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * End User Messaging SMS (`pinpoint-sms-voice-v2`) as the SDK sees it: SendTextMessage over AWS
 * JSON 1.0, captured instead of sent. An inbound opt-out keyword puts the sender on the opt-out
 * list, and, as in AWS, a later SendTextMessage to that number fails with a ConflictException
 * whose Reason is DESTINATION_PHONE_NUMBER_OPTED_OUT. With a `file`, both survive a restart.
 */
export class TextMessages {
  readonly #sent: CapturedText[] = [];
  readonly #optedOut = new Set<string>();
  readonly #journal: JsonLines<Entry>;

  constructor(file?: string) {
    this.#journal = new JsonLines<Entry>(file);
    for (const entry of this.#journal.read()) this.#apply(entry);
  }

  /** Captured texts, newest first. */
  texts(): CapturedText[] {
    return [...this.#sent].reverse();
  }

  /** A text a phone sent to the organisation's number: an opt-out keyword opts the sender out. */
  receive(input: { from: string; body: string }): { optedOut: boolean } {
    const keyword = input.body.trim().toUpperCase();
    if (!OPT_OUT_KEYWORDS.has(keyword)) return { optedOut: false };
    this.#record({ kind: 'optOut', phone: input.from, at: new Date().toISOString() });
    return { optedOut: true };
  }

  send(input: Record<string, unknown>): { MessageId: string } {
    const to = String(input.DestinationPhoneNumber ?? '');
    const body = String(input.MessageBody ?? '');
    if (!E164.test(to)) throw new AwsApiError('ValidationException', 'DestinationPhoneNumber must be E.164.');
    if (body.length === 0 || body.length > 1600) {
      throw new AwsApiError('ValidationException', 'MessageBody must be 1 to 1600 characters.');
    }
    if (this.#optedOut.has(to)) {
      throw new AwsApiError('ConflictException', 'The destination phone number is opted out.', 400, {
        Reason: 'DESTINATION_PHONE_NUMBER_OPTED_OUT',
        ResourceType: 'opt-out-list',
        ResourceId: 'Default',
      });
    }
    const text = {
      messageId: randomUUID(),
      to,
      from: String(input.OriginationIdentity ?? ''),
      body,
      sentAt: new Date().toISOString(),
    };
    this.#record({ kind: 'sent', text });
    return { MessageId: text.messageId };
  }

  handler() {
    return awsJsonHandler({
      targetPrefix: 'PinpointSMSVoiceV2',
      contentType: 'application/x-amz-json-1.0',
      operations: {
        SendTextMessage: (input) => this.send(input),
        DescribeOptedOutNumbers: () => ({
          OptedOutNumbers: [...this.#optedOut].map((number) => ({ OptedOutNumber: number, EndUserOptedOut: true })),
        }),
      },
    });
  }

  #record(entry: Entry): void {
    this.#journal.append([entry]);
    this.#apply(entry);
  }

  #apply(entry: Entry): void {
    if (entry.kind === 'sent') this.#sent.push(entry.text);
    else this.#optedOut.add(entry.phone);
  }
}
