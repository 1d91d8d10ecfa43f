import { describe } from 'vitest';
import { ec2Event, testExamples } from './examples.js';

// Examples of the AWS EventBridge user guide pages "Creating Amazon EventBridge event patterns"
// (eb-event-patterns.html), "Matching on arrays" (eb-event-patterns-arrays.html) and "Matching on
// null values and empty strings" (eb-event-patterns-null-values.html).

const ASG =
  'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate';
const INSTANCE = 'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f';

describe('Event patterns page', () => {
  testExamples([
    {
      example: 'The pattern for terminated EC2 instances',
      pattern: {
        source: ['aws.ec2'],
        'detail-type': ['EC2 Instance State-change Notification'],
        detail: { state: ['terminated'] },
      },
      matching: [{ event: ec2Event({ state: 'terminated' }), why: 'the terminated EC2 event' }],
      notMatching: [
        { event: ec2Event({ state: 'running' }), why: 'a running instance' },
        {
          event: ec2Event({ state: 'Terminated' }),
          why: 'Terminated, because strings match exactly, without case folding',
        },
        { event: ec2Event({ state: 'terminated' }, { source: 'aws.s3' }), why: 'another source' },
      ],
    },
    {
      example: 'Fields not in the pattern are ignored',
      pattern: { source: ['aws.ec2'] },
      matching: [{ event: ec2Event({ anything: { nested: [1, 2] } }), why: 'an event with extra fields' }],
      notMatching: [{ event: { 'detail-type': 'x' }, why: 'an event without a source' }],
    },
    {
      example: 'Numbers compare by value (300 and 300.0)',
      // The page says "For numbers, EventBridge uses string representation. For example, 300, 300.0,
      // and 3.0e2 are not considered equal", but EventBridge matches 300 against 300.0 (LocalStack's
      // parity test number_comparison_float, recorded against AWS); Lantern follows EventBridge.
      pattern: { number: [300] },
      matching: [
        { event: { number: 300.0 }, why: '300.0' },
        { event: { number: 3.0e2 }, why: '3.0e2' },
      ],
      notMatching: [
        { event: { number: '300' }, why: 'the string "300"' },
        { event: { number: 300.5 }, why: '300.5' },
      ],
    },
    {
      example: 'Dot-joined keys in patterns: {"detail": {"state.status": ["running"]}}',
      pattern: { detail: { 'state.status': ['running'] } },
      matching: [
        { event: { detail: { state: { status: 'running' } } }, why: 'a nested state.status' },
        { event: { detail: { 'state.status': 'running' } }, why: 'a dotted key' },
      ],
      notMatching: [{ event: { detail: { state: { status: 'stopped' } } }, why: 'a stopped status' }],
    },
    {
      example: 'Dot-joined keys in events: {"detail": {"state": {"status": ["running"]}}}',
      pattern: { detail: { state: { status: ['running'] } } },
      matching: [{ event: { detail: { 'state.status': 'running' } }, why: 'a dotted key in the event' }],
      notMatching: [{ event: { detail: { 'state.status': 'stopped' } }, why: 'a dotted key with another value' }],
    },
  ]);
});

describe('Matching on arrays', () => {
  testExamples([
    {
      example: 'An event pattern with three instance ARNs in resources',
      pattern: {
        resources: [
          INSTANCE,
          'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
          'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f',
        ],
      },
      matching: [
        { event: ec2Event({}, { resources: [ASG, INSTANCE] }), why: 'an event whose second resource is the first ARN' },
        { event: ec2Event({}, { resources: [INSTANCE, ASG] }), why: 'an event whose first resource is the first ARN' },
      ],
      notMatching: [{ event: ec2Event({}, { resources: [ASG] }), why: 'an event with only the Auto Scaling ARN' }],
    },
    {
      example: 'Array-consistent matching of objects in an array',
      pattern: { employees: { firstName: ['Anna'], lastName: ['Smith'] } },
      matching: [
        {
          event: {
            employees: [
              [
                { firstName: 'John', lastName: 'Doe' },
                { firstName: 'Anna', lastName: 'Smith' },
              ],
            ],
          },
          why: 'Anna Smith in a nested array',
        },
      ],
      notMatching: [
        {
          event: {
            employees: [
              { firstName: 'Anna', lastName: 'Jones' },
              { firstName: 'Peter', lastName: 'Smith' },
            ],
          },
          why: 'Anna and Smith taken from different elements',
        },
      ],
    },
    {
      example: 'A null pattern value against an empty array',
      pattern: { resources: [null] },
      matching: [{ event: ec2Event({}, { resources: [null] }), why: 'an array holding null' }],
      notMatching: [{ event: ec2Event({}, { resources: [] }), why: 'an empty array' }],
    },
  ]);
});

describe('Matching on null values and empty strings', () => {
  const launch = {
    version: '0',
    id: '3e3c153a-8339-4e30-8c35-687ebef853fe',
    'detail-type': 'EC2 Instance Launch Successful',
    source: 'aws.autoscaling',
    account: '123456789012',
    time: '2015-11-11T21:31:47Z',
    region: 'us-east-1',
    resources: [],
    detail: { eventVersion: '', responseElements: null },
  };
  testExamples([
    {
      example: 'Matching an empty eventVersion',
      pattern: { detail: { eventVersion: [''] } },
      matching: [{ event: launch, why: 'the Auto Scaling launch event' }],
      notMatching: [{ event: { ...launch, detail: { eventVersion: null } }, why: 'a null eventVersion' }],
    },
    {
      example: 'Matching a null responseElements',
      pattern: { detail: { responseElements: [null] } },
      matching: [{ event: launch, why: 'the Auto Scaling launch event' }],
      notMatching: [
        { event: { ...launch, detail: { responseElements: '' } }, why: 'an empty responseElements' },
        { event: { ...launch, detail: {} }, why: 'a missing responseElements' },
      ],
    },
    {
      example: 'Exists on an empty resources array',
      pattern: { resources: [{ exists: true }] },
      matching: [{ event: { ...launch, resources: ['arn:x'] }, why: 'resources with one ARN' }],
      notMatching: [{ event: launch, why: 'the launch event, whose resources array is empty' }],
    },
  ]);
});
