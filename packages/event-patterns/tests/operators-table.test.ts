import { describe } from 'vitest';
import { testExamples } from './examples.js';

// Every row of the table on the AWS EventBridge user guide page "Comparison operators for use in
// event patterns in Amazon EventBridge" (eb-create-pattern-operators.html).

describe('Comparison operators table', () => {
  testExamples([
    {
      example: 'And: Location is "New York" and Day is "Monday"',
      pattern: { Location: ['New York'], Day: ['Monday'] },
      matching: [{ event: { Location: 'New York', Day: 'Monday' }, why: 'New York on Monday' }],
      notMatching: [{ event: { Location: 'New York', Day: 'Tuesday' }, why: 'New York on Tuesday' }],
    },
    {
      example: 'Anything-but: State is any value besides "initializing"',
      pattern: { state: [{ 'anything-but': 'initializing' }] },
      matching: [{ event: { state: 'running' }, why: 'running' }],
      notMatching: [{ event: { state: 'initializing' }, why: 'initializing' }],
    },
    {
      example: 'Anything-but (begins with): Region is not in the US',
      pattern: { Region: [{ 'anything-but': { prefix: 'us-' } }] },
      matching: [{ event: { Region: 'eu-west-1' }, why: 'eu-west-1' }],
      notMatching: [{ event: { Region: 'us-east-1' }, why: 'us-east-1' }],
    },
    {
      example: 'Anything-but (ends with): FileName does not end with a .png extension',
      pattern: { FileName: [{ 'anything-but': { suffix: '.png' } }] },
      matching: [{ event: { FileName: 'a.jpg' }, why: 'a.jpg' }],
      notMatching: [{ event: { FileName: 'a.png' }, why: 'a.png' }],
    },
    {
      example: 'Anything-but (ignore case): State is any value besides "initializing" in any casing',
      pattern: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] },
      matching: [{ event: { state: 'running' }, why: 'running' }],
      notMatching: [{ event: { state: 'INITIALIZING' }, why: 'INITIALIZING' }],
    },
    {
      example: 'Anything-but using a wildcard: FilePath is not a file path that includes /lib/',
      pattern: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] },
      matching: [{ event: { FilePath: '/usr/bin/x' }, why: '/usr/bin/x' }],
      notMatching: [{ event: { FilePath: '/usr/lib/x' }, why: '/usr/lib/x' }],
    },
    {
      example: 'Begins with: Region is in the US',
      pattern: { Region: [{ prefix: 'us-' }] },
      matching: [{ event: { Region: 'us-west-2' }, why: 'us-west-2' }],
      notMatching: [{ event: { Region: 'eu-west-1' }, why: 'eu-west-1' }],
    },
    {
      example: 'Begins with (ignore case): Service name starts with the letters "eventb"',
      pattern: { service: [{ prefix: { 'equals-ignore-case': 'eventb' } }] },
      matching: [{ event: { service: 'EventBridge' }, why: 'EventBridge' }],
      notMatching: [{ event: { service: 'Lambda' }, why: 'Lambda' }],
    },
    {
      example: 'Empty: LastName is empty',
      pattern: { LastName: [''] },
      matching: [{ event: { LastName: '' }, why: 'an empty string' }],
      notMatching: [
        { event: { LastName: null }, why: 'null, because empty strings and null are not interchangeable' },
        { event: {}, why: 'a missing LastName' },
      ],
    },
    {
      example: 'Equals: Name is "Alice"',
      pattern: { Name: ['Alice'] },
      matching: [{ event: { Name: 'Alice' }, why: 'Alice' }],
      notMatching: [{ event: { Name: 'alice' }, why: 'alice, because matching is case-sensitive' }],
    },
    {
      example: 'Equals (ignore case): Name is "Alice"',
      pattern: { Name: [{ 'equals-ignore-case': 'alice' }] },
      matching: [{ event: { Name: 'ALICE' }, why: 'ALICE' }],
      notMatching: [{ event: { Name: 'Alicia' }, why: 'Alicia' }],
    },
    {
      example: 'Ends with: FileName ends with a .png extension',
      pattern: { FileName: [{ suffix: '.png' }] },
      matching: [{ event: { FileName: 'photo.png' }, why: 'photo.png' }],
      notMatching: [{ event: { FileName: 'photo.gif' }, why: 'photo.gif' }],
    },
    {
      example: 'Ends with (ignore case): Service name ends with the letters "tbridge"',
      pattern: { service: [{ suffix: { 'equals-ignore-case': 'tbridge' } }] },
      matching: [{ event: { service: 'EVENTBRIDGE' }, why: 'EVENTBRIDGE' }],
      notMatching: [{ event: { service: 'EventBus' }, why: 'EventBus' }],
    },
    {
      example: 'Exists: ProductName exists',
      pattern: { ProductName: [{ exists: true }] },
      matching: [
        { event: { ProductName: 'Lantern' }, why: 'a string' },
        { event: { ProductName: null }, why: 'null, which is a value' },
      ],
      notMatching: [
        { event: {}, why: 'a missing ProductName' },
        { event: { ProductName: [] }, why: 'an empty array, which holds no value' },
        { event: { ProductName: { name: 'x' } }, why: 'an object, which is not a leaf' },
      ],
    },
    {
      example: 'Does not exist: ProductName does not exist',
      pattern: { ProductName: [{ exists: false }] },
      matching: [
        { event: {}, why: 'a missing ProductName' },
        { event: { ProductName: [] }, why: 'an empty array' },
      ],
      notMatching: [
        { event: { ProductName: 'Lantern' }, why: 'a string' },
        { event: { ProductName: ['Lantern'] }, why: 'an array with a value' },
      ],
    },
    {
      example: 'Not: Weather is anything but "Raining"',
      pattern: { Weather: [{ 'anything-but': ['Raining'] }] },
      matching: [{ event: { Weather: 'Sunny' }, why: 'Sunny' }],
      notMatching: [{ event: { Weather: 'Raining' }, why: 'Raining' }],
    },
    {
      example: 'Null: UserID is null',
      pattern: { UserID: [null] },
      matching: [{ event: { UserID: null }, why: 'null' }],
      notMatching: [
        { event: { UserID: '' }, why: 'an empty string' },
        { event: {}, why: 'a missing UserID' },
      ],
    },
    {
      example: 'Numeric (equals): Price is 100',
      pattern: { Price: [{ numeric: ['=', 100] }] },
      matching: [
        { event: { Price: 100 }, why: '100' },
        { event: { Price: 1.0e2 }, why: '1.0e2' },
      ],
      notMatching: [
        { event: { Price: 100.5 }, why: '100.5' },
        { event: { Price: '100' }, why: 'the string "100"' },
      ],
    },
    {
      example: 'Numeric (range): Price is more than 10, and less than or equal to 20',
      pattern: { Price: [{ numeric: ['>', 10, '<=', 20] }] },
      matching: [
        { event: { Price: 20 }, why: '20' },
        { event: { Price: 10.000001 }, why: '10.000001' },
      ],
      notMatching: [
        { event: { Price: 10 }, why: '10' },
        { event: { Price: 20.000001 }, why: '20.000001' },
      ],
    },
    {
      example: 'Or: PaymentType is "Credit" or "Debit"',
      pattern: { PaymentType: ['Credit', 'Debit'] },
      matching: [{ event: { PaymentType: 'Debit' }, why: 'Debit' }],
      notMatching: [{ event: { PaymentType: 'Cash' }, why: 'Cash' }],
    },
    {
      example: 'Or (multiple fields): Location is "New York", or Day is "Monday"',
      pattern: { $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] },
      matching: [
        { event: { Location: 'New York', Day: 'Friday' }, why: 'New York on Friday' },
        { event: { Location: 'Boston', Day: 'Monday' }, why: 'Boston on Monday' },
      ],
      notMatching: [{ event: { Location: 'Boston', Day: 'Friday' }, why: 'Boston on Friday' }],
    },
    {
      example: 'Wildcard: Any file with a .png extension, located within the folder "dir"',
      pattern: { FileName: [{ wildcard: 'dir/*.png' }] },
      matching: [{ event: { FileName: 'dir/a.png' }, why: 'dir/a.png' }],
      notMatching: [{ event: { FileName: 'dir/a.jpg' }, why: 'dir/a.jpg' }],
    },
  ]);
});
