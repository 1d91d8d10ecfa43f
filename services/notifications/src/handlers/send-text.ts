import {
  ConflictException,
  PinpointSMSVoiceV2Client,
  SendTextMessageCommand,
} from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { RESOURCE_ENV } from '@lantern/runtime';
import { RenderError } from '../domain/render/errors.js';
import type { RenderedMessage } from '../domain/render/render.js';
import type { Delivery } from './deliver.js';

const sms = new PinpointSMSVoiceV2Client({});
const TEXT = RESOURCE_ENV.sendText;

/** The text part; null when the number has opted out (AWS refuses it with a ConflictException). */
export async function sendText(delivery: Delivery, message: RenderedMessage): Promise<string | null> {
  if (!message.sms) throw new RenderError(`${delivery.template} has no text message`);
  try {
    const sent = await sms.send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: delivery.to,
        OriginationIdentity: process.env[TEXT.originationIdentity],
        ConfigurationSetName: process.env[TEXT.configurationSet] || undefined,
        MessageBody: message.sms,
        MessageType: 'TRANSACTIONAL',
      }),
    );
    return sent.MessageId ?? '';
  } catch (error) {
    if (error instanceof ConflictException && error.Reason === 'DESTINATION_PHONE_NUMBER_OPTED_OUT') return null;
    throw error;
  }
}
