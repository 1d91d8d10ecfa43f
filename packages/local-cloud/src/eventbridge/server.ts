import { compile } from '@lantern/event-patterns';
import { AwsApiError } from '../errors.js';
import type { FaultInjector } from '../faults.js';
import { awsJsonHandler } from '../http/aws-json.js';
import { busArn, functionArn } from '../names.js';
import type { EventBus } from './bus.js';
import type { PutEventsEntry } from './envelope.js';

const MAX_ENTRIES = 10;

/** EventBridge's AWS JSON 1.1 API: PutEvents, plus the read-only calls tools use to look around. */
export function eventBridgeHandler(bus: EventBus, faults: FaultInjector) {
  const requireBus = (name: unknown) => {
    if (name === undefined || name === 'default' || bus.accepts(String(name))) return;
    throw new AwsApiError('ResourceNotFoundException', `Event bus ${String(name)} does not exist.`);
  };
  const describeBus = (name: string) => ({ Name: name, Arn: busArn(name) });
  return awsJsonHandler({
    targetPrefix: 'AWSEvents',
    contentType: 'application/x-amz-json-1.1',
    fault: (operation) => (operation === 'PutEvents' ? faults.take('eventbridge:PutEvents') : null),
    operations: {
      PutEvents: (input) => {
        const entries = input.Entries;
        if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_ENTRIES) {
          throw new AwsApiError('ValidationException', `Entries must hold 1 to ${MAX_ENTRIES} entries.`);
        }
        const results = bus.put(entries as PutEventsEntry[]);
        return { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results };
      },
      DescribeEventBus: (input) => {
        requireBus(input.Name);
        return describeBus(input.Name === undefined || input.Name === 'default' ? 'default' : bus.name);
      },
      ListEventBuses: () => ({ EventBuses: [describeBus('default'), describeBus(bus.name)] }),
      ListRules: (input) => {
        requireBus(input.EventBusName);
        const rules = input.EventBusName && input.EventBusName !== 'default' ? bus.rules : [];
        const prefix = typeof input.NamePrefix === 'string' ? input.NamePrefix : '';
        return {
          Rules: rules
            .filter((rule) => rule.name.startsWith(prefix))
            .map((rule) => ({
              Name: rule.name,
              Arn: rule.arn,
              EventPattern: JSON.stringify(rule.pattern),
              State: 'ENABLED',
              EventBusName: bus.name,
            })),
        };
      },
      ListTargetsByRule: (input) => {
        const rule = bus.rules.find((candidate) => candidate.name === input.Rule);
        if (!rule) throw new AwsApiError('ResourceNotFoundException', `Rule ${String(input.Rule)} does not exist.`);
        return { Targets: [{ Id: rule.target, Arn: functionArn(rule.target) }] };
      },
      TestEventPattern: (input) => {
        try {
          // The raw JSON text, so numbers are judged as PutRule judges them.
          const matches = compile(String(input.EventPattern));
          return { Result: matches(JSON.parse(String(input.Event))) };
        } catch (error) {
          throw new AwsApiError('InvalidEventPatternException', (error as Error).message);
        }
      },
    },
  });
}
