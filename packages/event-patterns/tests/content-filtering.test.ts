import { describe } from 'vitest';
import { ec2Event, testExamples } from './examples.js';

// Every example of the AWS EventBridge user guide page "Content filtering in Amazon EventBridge event
// patterns" (eb-event-patterns-content-based-filtering.html).

describe('Prefix and suffix matching', () => {
  testExamples([
    {
      example: 'Prefix matching on "time" with "2017-10-02"',
      pattern: { time: [{ prefix: '2017-10-02' }] },
      matching: [{ event: ec2Event({}, { time: '2017-10-02T18:43:48Z' }), why: 'a time of 2017-10-02T18:43:48Z' }],
      notMatching: [
        { event: ec2Event({}, { time: '2017-10-03T18:43:48Z' }), why: 'a time on another day' },
        { event: ec2Event({}, { time: 20171002 }), why: 'a number, because prefix works on strings only' },
      ],
    },
    {
      example: 'Prefix matching while ignoring case on "service" with "EventB"',
      pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
      matching: [
        { event: ec2Event({ service: 'EventBridge' }), why: 'EventBridge' },
        { event: ec2Event({ service: 'EVENTBRIDGE' }), why: 'EVENTBRIDGE' },
        { event: ec2Event({ service: 'eventbus' }), why: 'eventbus' },
      ],
      notMatching: [{ event: ec2Event({ service: 'Event' }), why: 'a value shorter than the prefix' }],
    },
    {
      example: 'Suffix matching on "FileName" with ".png"',
      pattern: { FileName: [{ suffix: '.png' }] },
      matching: [{ event: { FileName: 'image.png' }, why: 'image.png' }],
      notMatching: [
        { event: { FileName: 'image.PNG' }, why: 'image.PNG, because suffix is case-sensitive' },
        { event: { FileName: 'image.png.txt' }, why: 'image.png.txt' },
      ],
    },
    {
      example: 'Suffix matching while ignoring case on "FileName" with ".png"',
      pattern: { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
      matching: [
        { event: ec2Event({ FileName: 'image.png' }), why: 'image.png' },
        { event: ec2Event({ FileName: 'IMAGE.PNG' }), why: 'IMAGE.PNG' },
      ],
      notMatching: [{ event: ec2Event({ FileName: 'image.jpg' }), why: 'image.jpg' }],
    },
  ]);
});

describe('Anything-but matching', () => {
  testExamples([
    {
      example: 'Anything-but matching with the string "initializing"',
      pattern: { detail: { state: [{ 'anything-but': 'initializing' }] } },
      matching: [
        { event: ec2Event({ state: 'running' }), why: 'a state of running' },
        { event: ec2Event({ state: null }), why: 'a null state, as EventBridge does' },
      ],
      notMatching: [
        { event: ec2Event({ state: 'initializing' }), why: 'a state of initializing' },
        { event: { detail: {} }, why: 'an event without the field' },
      ],
    },
    {
      example: 'Anything-but matching with the number 123',
      pattern: { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
      matching: [{ event: ec2Event({ 'x-limit': 124 }), why: 'an x-limit of 124' }],
      notMatching: [{ event: ec2Event({ 'x-limit': 1.23e2 }), why: 'an x-limit of 1.23e2 (the same number)' }],
    },
    {
      example: 'Anything-but matching with a list of strings "stopped", "overloaded"',
      pattern: { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
      matching: [{ event: ec2Event({ state: 'running' }), why: 'a state of running' }],
      notMatching: [
        { event: ec2Event({ state: 'stopped' }), why: 'a state of stopped' },
        { event: ec2Event({ state: 'overloaded' }), why: 'a state of overloaded' },
      ],
    },
    {
      example: 'Anything-but matching with a list of numbers 100, 200, 300',
      pattern: { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
      matching: [{ event: ec2Event({ 'x-limit': 301.8 }), why: 'an x-limit of 301.8' }],
      notMatching: [
        { event: ec2Event({ 'x-limit': 200 }), why: 'an x-limit of 200' },
        { event: ec2Event({ 'x-limit': 3.0e2 }), why: 'an x-limit of 3.0e2' },
      ],
    },
    {
      example: 'Anything-but matching with the prefix "init"',
      pattern: { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
      matching: [
        { event: ec2Event({ state: 'running' }), why: 'a state of running' },
        { event: ec2Event({ state: 12 }), why: 'a number, which cannot start with "init"' },
      ],
      notMatching: [{ event: ec2Event({ state: 'initializing' }), why: 'a state of initializing' }],
    },
    {
      example: 'Anything-but matching with the suffix ".txt"',
      pattern: { detail: { FileName: [{ 'anything-but': { suffix: '.txt' } }] } },
      matching: [{ event: ec2Event({ FileName: 'notes.md' }), why: 'notes.md' }],
      notMatching: [{ event: ec2Event({ FileName: 'notes.txt' }), why: 'notes.txt' }],
    },
    {
      example: 'Anything-but matching while ignoring case with "Stopped", "OverLoaded"',
      pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['Stopped', 'OverLoaded'] } }] } },
      matching: [{ event: ec2Event({ state: 'running' }), why: 'a state of running' }],
      notMatching: [
        { event: ec2Event({ state: 'STOPPED' }), why: 'STOPPED' },
        { event: ec2Event({ state: 'overloaded' }), why: 'overloaded' },
      ],
    },
    {
      example: 'Anything-but matching using the wildcard "*/lib/*"',
      pattern: { detail: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
      matching: [{ event: ec2Event({ FilePath: '/usr/bin/env' }), why: '/usr/bin/env' }],
      notMatching: [{ event: ec2Event({ FilePath: '/usr/lib/libc.so' }), why: '/usr/lib/libc.so' }],
    },
    {
      example: 'Anything-but matching using the wildcards "*/lib/*", "*/bin/*"',
      pattern: { detail: { FilePath: [{ 'anything-but': { wildcard: ['*/lib/*', '*/bin/*'] } }] } },
      matching: [{ event: ec2Event({ FilePath: '/home/user/notes' }), why: '/home/user/notes' }],
      notMatching: [
        { event: ec2Event({ FilePath: '/usr/bin/env' }), why: '/usr/bin/env' },
        { event: ec2Event({ FilePath: '/usr/lib/libc.so' }), why: '/usr/lib/libc.so' },
      ],
    },
  ]);
});

describe('Numeric, IP address, exists and equals-ignore-case matching', () => {
  testExamples([
    {
      example: 'Numeric matching on c-count, d-count and x-limit',
      pattern: {
        detail: {
          'c-count': [{ numeric: ['>', 0, '<=', 5] }],
          'd-count': [{ numeric: ['<', 10] }],
          'x-limit': [{ numeric: ['=', 3.018e2] }],
        },
      },
      matching: [
        {
          event: ec2Event({ 'c-count': 5, 'd-count': 3, 'x-limit': 301.8 }),
          why: 'counts 5 and 3 and a limit of 301.8',
        },
      ],
      notMatching: [
        { event: ec2Event({ 'c-count': 0, 'd-count': 3, 'x-limit': 301.8 }), why: 'a c-count of 0' },
        { event: ec2Event({ 'c-count': 5, 'd-count': 10, 'x-limit': 301.8 }), why: 'a d-count of 10' },
        { event: ec2Event({ 'c-count': 5, 'd-count': 3, 'x-limit': '301.8' }), why: 'a limit given as a string' },
      ],
    },
    {
      example: 'IP address matching with the CIDR 10.0.0.0/24',
      pattern: { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
      matching: [
        { event: ec2Event({ sourceIPAddress: '10.0.0.0' }), why: '10.0.0.0' },
        { event: ec2Event({ sourceIPAddress: '10.0.0.255' }), why: '10.0.0.255' },
      ],
      notMatching: [
        { event: ec2Event({ sourceIPAddress: '10.0.1.0' }), why: '10.0.1.0' },
        { event: ec2Event({ sourceIPAddress: 'not an address' }), why: 'a string that is not an address' },
      ],
    },
    {
      example: 'IP address matching with the IPv6 CIDR 2001:db8::/32',
      pattern: { detail: { sourceIPAddress: [{ cidr: '2001:db8::/32' }] } },
      matching: [{ event: ec2Event({ sourceIPAddress: '2001:db8:1234:1a00::1' }), why: '2001:db8:1234:1a00::1' }],
      notMatching: [
        { event: ec2Event({ sourceIPAddress: '2001:db9::1' }), why: '2001:db9::1' },
        { event: ec2Event({ sourceIPAddress: '10.0.0.1' }), why: 'an IPv4 address' },
      ],
    },
    {
      example: 'Exists matching on detail.state',
      pattern: { detail: { state: [{ exists: true }] } },
      matching: [{ event: ec2Event({ state: 'pending' }), why: 'the EC2 event with a state' }],
      notMatching: [
        {
          event: { 'detail-type': 'EC2 Instance State-change Notification', detail: { 'c-count': { c1: 100 } } },
          why: 'an event without detail.state',
        },
      ],
    },
    {
      example: 'Exists matching with false on detail.c-count',
      pattern: { detail: { 'c-count': [{ exists: false }] } },
      matching: [
        { event: { detail: { state: ['initializing', 'running'] } }, why: 'an event without c-count' },
        {
          event: { detail: { state: ['initializing', 'running'], 'c-count': { c1: 100 } } },
          why: 'an event whose c-count is not a leaf node',
        },
      ],
      notMatching: [{ event: ec2Event({ 'c-count': 5 }), why: 'an event with a c-count of 5' }],
    },
    {
      example: 'Equals-ignore-case matching on detail-type',
      pattern: { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] },
      matching: [{ event: ec2Event(), why: 'EC2 Instance State-change Notification' }],
      notMatching: [
        { event: ec2Event({}, { 'detail-type': 'EC2 Instance Launch Successful' }), why: 'another detail-type' },
      ],
    },
  ]);
});

describe('Wildcard matching', () => {
  testExamples([
    {
      example: 'Wildcard matching on "dir/*.png"',
      pattern: { FileName: [{ wildcard: 'dir/*.png' }] },
      matching: [
        { event: { FileName: 'dir/image.png' }, why: 'dir/image.png' },
        { event: { FileName: 'dir/.png' }, why: 'dir/.png, because * also matches nothing' },
      ],
      notMatching: [
        { event: { FileName: 'other/image.png' }, why: 'other/image.png' },
        { event: { FileName: 'dir/image.jpg' }, why: 'dir/image.jpg' },
      ],
    },
    {
      example: 'Wildcard matching on an event bus ARN in any account',
      pattern: { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] },
      matching: [
        { event: { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/myEventBus' }, why: 'myEventBus' },
      ],
      notMatching: [
        { event: { EventBusArn: 'arn:aws:events:us-west-2:123456789012:event-bus/myEventBus' }, why: 'another region' },
      ],
    },
    {
      example: 'Wildcard matching with an escaped asterisk and backslash',
      pattern: { name: [{ wildcard: 'a\\*b\\\\*' }] },
      matching: [{ event: { name: 'a*b\\tail' }, why: 'a literal asterisk followed by a backslash' }],
      notMatching: [{ event: { name: 'axb\\tail' }, why: 'an x where the literal asterisk must be' }],
    },
  ]);
});

describe('Complex examples', () => {
  testExamples([
    {
      example: 'Complex example with multiple matching',
      pattern: {
        time: [{ prefix: '2017-10-02' }],
        detail: {
          state: [{ 'anything-but': 'initializing' }],
          'c-count': [{ numeric: ['>', 0, '<=', 5] }],
          'd-count': [{ numeric: ['<', 10] }],
          'x-limit': [{ 'anything-but': [100, 200, 300] }],
        },
      },
      matching: [
        {
          event: ec2Event(
            { state: 'running', 'c-count': 5, 'd-count': 3, 'x-limit': 301.8 },
            { time: '2017-10-02T16:24:49Z' },
          ),
          why: 'a running instance with counts in range',
        },
      ],
      notMatching: [
        {
          event: ec2Event(
            { state: 'running', 'c-count': 5, 'd-count': 3, 'x-limit': 300 },
            { time: '2017-10-02T16:24:49Z' },
          ),
          why: 'an x-limit of 300',
        },
      ],
    },
    {
      example: 'Complex example with $or matching',
      pattern: {
        detail: {
          $or: [
            { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] },
            { 'd-count': [{ numeric: ['<', 10] }] },
            { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
          ],
        },
      },
      matching: [
        { event: ec2Event({ 'c-count': 3 }), why: 'only a c-count in range' },
        { event: ec2Event({ 'x-limit': 301.8 }), why: 'only an x-limit of 301.8' },
      ],
      notMatching: [{ event: ec2Event({ 'c-count': 6, 'd-count': 10, 'x-limit': 300 }), why: 'no field in range' }],
    },
    {
      example: 'A key given twice uses its last reference',
      pattern: '{"detail": {"location": [{"prefix": "us-"}], "location": [{"anything-but": "us-east"}]}}',
      matching: [{ event: ec2Event({ location: 'eu-west' }), why: 'eu-west, which only the last reference accepts' }],
      notMatching: [{ event: ec2Event({ location: 'us-east' }), why: 'us-east' }],
    },
  ]);
});
