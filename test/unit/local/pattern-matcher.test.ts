/**
 * The EventBridge pattern language, specified by the examples AWS documents, with the outcomes AWS states.
 * Sources, cited in each case name:
 * - [Patterns]   Creating Amazon EventBridge event patterns (eb-event-patterns)
 * - [Null]       Matching null values and empty strings (eb-event-patterns-null-values)
 * - [Arrays]     Arrays in EventBridge event patterns (eb-event-patterns-arrays)
 * - [Filtering]  Content filtering in EventBridge event patterns (eb-event-patterns-content-based-filtering)
 * - [Operators]  Comparison operators for use in event patterns (eb-create-pattern-operators)
 * - [Wildcard]   AWS Compute Blog, "Filtering events in Amazon EventBridge with wildcard pattern matching"
 * - [Ruler]      README of aws/event-ruler, the matcher EventBridge uses (sample event, $or, arrays)
 */
import type { EventPattern } from '../../../lambdas/domain/events/event-patterns';
import {
  compilePattern,
  InvalidEventPatternError,
  matchesPattern,
  validatePattern,
} from '../../../local/event-bus/pattern-matcher';

type Event = Record<string, unknown>;

interface MatchCase {
  readonly name: string;
  readonly pattern: EventPattern;
  readonly event: Event;
  readonly expected: boolean;
}

/** [Patterns] the Amazon EC2 state-change event. */
const ec2Event: Event = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
};

/** [Null] the EC2 Auto Scaling event with an empty string and a null. */
const autoScalingEvent: Event = {
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

/** [Patterns] the (truncated) Amazon Macie alert. */
const macieEvent: Event = {
  'detail-type': 'Macie Alert',
  source: 'aws.macie',
  detail: {
    'notification-type': 'ALERT_CREATED',
    tags: ['Custom_Alert', 'Insider'],
    'risk-score': 80,
    trigger: { 'alert-type': 'basic', risk: 8 },
  },
};

/** [Ruler] the sample event every content-filtering example in the README matches. */
const rulerEvent: Event = {
  version: '0',
  id: 'ddddd4-aaaa-7777-4444-345dd43cc333',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '012345679012',
  time: '2017-10-02T16:24:49Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'],
  detail: {
    'c-count': 5,
    'd-count': 3,
    'x-limit': 301.8,
    'source-ip': '10.0.0.33',
    'instance-id': 'i-000000aaaaaa00000',
    state: 'running',
  },
};

/** [Ruler] the event with an array of objects. */
const employeesEvent: Event = {
  employees: [
    { firstName: 'John', lastName: 'Doe' },
    { firstName: 'Anna', lastName: 'Smith' },
    { firstName: 'Peter', lastName: 'Jones' },
  ],
};

const withDetail = (detail: Record<string, unknown>): Event => ({ ...rulerEvent, detail });

const ec2TerminationPattern: EventPattern = {
  source: ['aws.ec2'],
  'detail-type': ['EC2 Instance State-change Notification'],
  detail: { state: ['terminated'] },
};

const rulerNumericPattern: EventPattern = {
  detail: {
    'c-count': [{ numeric: ['>', 0, '<=', 5] }],
    'd-count': [{ numeric: ['<', 10] }],
    'x-limit': [{ numeric: ['=', 3.018e2] }],
  },
};

const detailOrPattern: EventPattern = {
  detail: {
    $or: [
      { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] },
      { 'd-count': [{ numeric: ['<', 10] }] },
      { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
    ],
  },
};

const cloudWatchOrPattern: EventPattern = {
  source: ['aws.cloudwatch'],
  $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
};

const orWithAndInsidePattern: EventPattern = {
  source: ['aws.cloudwatch'],
  $or: [
    { metricName: ['CPUUtilization', 'ReadLatency'] },
    { metricType: ['MetricType'], namespace: ['AWS/EC2', 'AWS/ES'] },
    { scope: ['Service'] },
  ],
};

const nestedOrPattern: EventPattern = {
  source: ['aws.cloudwatch'],
  $or: [
    { metricName: ['CPUUtilization', 'ReadLatency'] },
    {
      metricType: ['MetricType'],
      namespace: ['AWS/EC2', 'AWS/ES'],
      $or: [{ metricId: [1234] }, { spaceId: [1000] }],
    },
    { scope: ['Service'] },
  ],
};

const parallelOrPattern: EventPattern = {
  $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
  detail: { $or: [{ source: ['aws.cloudwatch'] }, { 'detail-type': ['CloudWatch Alarm State Change'] }] },
};

const eventBusArnPattern: EventPattern = {
  EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }],
};

const matchCases: readonly MatchCase[] = [
  // Creating event patterns, value matching, top-level fields
  {
    name: '[Patterns] EC2 instance-termination pattern matches the terminated-instance event',
    pattern: ec2TerminationPattern,
    event: ec2Event,
    expected: true,
  },
  {
    name: '[Patterns] EC2 instance-termination pattern does not match a running instance',
    pattern: ec2TerminationPattern,
    event: { ...ec2Event, detail: { 'instance-id': 'i-1234567890abcdef0', state: 'running' } },
    expected: false,
  },
  {
    name: '[Patterns] fields the pattern omits are ignored ("*": "*")',
    pattern: { source: ['aws.ec2'] },
    event: ec2Event,
    expected: true,
  },
  {
    name: '[Patterns] match values: source is "aws.ec2" or "aws.fargate", event from aws.ec2',
    pattern: { source: ['aws.ec2', 'aws.fargate'] },
    event: ec2Event,
    expected: true,
  },
  {
    name: '[Patterns] match values: source is "aws.ec2" or "aws.fargate", event from aws.fargate',
    pattern: { source: ['aws.ec2', 'aws.fargate'] },
    event: { ...ec2Event, source: 'aws.fargate' },
    expected: true,
  },
  {
    name: '[Patterns] match values: source is "aws.ec2" or "aws.fargate", event from aws.s3 does not match',
    pattern: { source: ['aws.ec2', 'aws.fargate'] },
    event: { ...ec2Event, source: 'aws.s3' },
    expected: false,
  },
  {
    name: '[Patterns] the event must contain every field the pattern names',
    pattern: { source: ['aws.ec2'], detail: { state: ['terminated'], 'c-count': [5] } },
    event: ec2Event,
    expected: false,
  },
  {
    name: '[Patterns] fields must appear with the same nesting: state is under detail, not top level',
    pattern: { state: ['terminated'] },
    event: ec2Event,
    expected: false,
  },
  {
    name: '[Patterns] strings match character by character, without case folding',
    pattern: { 'detail-type': ['ec2 instance state-change notification'] },
    event: ec2Event,
    expected: false,
  },
  {
    name: '[Patterns] top-level account, region and resources fields match',
    pattern: {
      account: ['111122223333'],
      region: ['us-west-1'],
      resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
    },
    event: ec2Event,
    expected: true,
  },
  {
    name: '[Patterns] top-level account of another account does not match',
    pattern: { account: ['123456789012'] },
    event: ec2Event,
    expected: false,
  },
  {
    name: '[Patterns] top-level region of another region does not match',
    pattern: { source: ['aws.ec2'], region: ['us-east-1'] },
    event: ec2Event,
    expected: false,
  },
  {
    name: '[Patterns] value matching: Macie alert with risk score 80 and trigger risk 8',
    pattern: {
      source: ['aws.macie'],
      'detail-type': ['Macie Alert'],
      detail: { 'risk-score': [80], trigger: { risk: [8] } },
    },
    event: macieEvent,
    expected: true,
  },
  {
    name: '[Patterns] value matching: a nested trigger risk of 9 does not match',
    pattern: { detail: { 'risk-score': [80], trigger: { risk: [9] } } },
    event: macieEvent,
    expected: false,
  },
  {
    name: '[Patterns] values follow JSON types: the string "80" does not match the number 80',
    pattern: { detail: { 'risk-score': ['80'] } },
    event: macieEvent,
    expected: false,
  },
  {
    name: '[Patterns] values follow JSON types: the boolean true matches only the boolean true',
    pattern: { detail: { enabled: [true] } },
    event: { detail: { enabled: true } },
    expected: true,
  },
  {
    name: '[Patterns] values follow JSON types: the string "true" does not match the boolean true',
    pattern: { detail: { enabled: ['true'] } },
    event: { detail: { enabled: true } },
    expected: false,
  },

  // Null values and empty strings
  {
    name: '[Null] eventVersion [""] matches an empty string',
    pattern: { detail: { eventVersion: [''] } },
    event: autoScalingEvent,
    expected: true,
  },
  {
    name: '[Null] responseElements [null] matches a null value',
    pattern: { detail: { responseElements: [null] } },
    event: autoScalingEvent,
    expected: true,
  },
  {
    name: '[Null] field matching: Auto Scaling launch with responseElements null',
    pattern: {
      source: ['aws.autoscaling'],
      'detail-type': ['EC2 Instance Launch Successful'],
      detail: { responseElements: [null] },
    },
    event: autoScalingEvent,
    expected: true,
  },
  {
    name: '[Null] not interchangeable: a pattern for the empty string does not match null',
    pattern: { detail: { responseElements: [''] } },
    event: autoScalingEvent,
    expected: false,
  },
  {
    name: '[Null] not interchangeable: a pattern for null does not match the empty string',
    pattern: { detail: { eventVersion: [null] } },
    event: autoScalingEvent,
    expected: false,
  },
  {
    name: '[Null] a null pattern does not match a missing field',
    pattern: { detail: { requestParameters: [null] } },
    event: autoScalingEvent,
    expected: false,
  },
  {
    name: '[Null]+[Arrays] the empty resources array holds no value, so [null] does not match it',
    pattern: { resources: [null] },
    event: autoScalingEvent,
    expected: false,
  },

  // Arrays
  {
    name: '[Arrays] a resources pattern matches when it intersects the event array',
    pattern: {
      resources: [
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f',
      ],
    },
    event: {
      resources: [
        'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate',
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
      ],
    },
    expected: true,
  },
  {
    name: '[Arrays] a resources pattern does not match when the intersection is empty',
    pattern: { resources: ['arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f'] },
    event: { resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f'] },
    expected: false,
  },
  {
    name: '[Patterns] Macie tags: an array in the event matches when any element matches',
    pattern: { detail: { tags: ['Insider'] } },
    event: macieEvent,
    expected: true,
  },
  {
    name: '[Ruler] array of objects: firstName "Anna" matches one employee',
    pattern: { employees: { firstName: ['Anna'] } },
    event: employeesEvent,
    expected: true,
  },
  {
    name: '[Ruler] array consistency: "Anna" with "Smith" match the same employee',
    pattern: { employees: { firstName: ['Anna'], lastName: ['Smith'] } },
    event: employeesEvent,
    expected: true,
  },
  {
    name: '[Ruler] array consistency: "Anna" with "Jones" come from different employees and do not match',
    pattern: { employees: { firstName: ['Anna'], lastName: ['Jones'] } },
    event: employeesEvent,
    expected: false,
  },
  {
    name: '[Ruler] multi-level arrays are crushed: firstName "Peter" in a nested array',
    pattern: { employees: { firstName: ['Peter'] } },
    event: {
      employees: [
        [
          { firstName: 'John', lastName: 'Doe' },
          { firstName: 'Anna', lastName: 'Smith' },
        ],
        [{ firstName: 'Peter', lastName: 'Jones' }],
      ],
    },
    expected: true,
  },

  // Prefix and suffix
  {
    name: '[Filtering] prefix "2017-10-02" matches time "2017-10-02T18:43:48Z"',
    pattern: { time: [{ prefix: '2017-10-02' }] },
    event: { ...ec2Event, time: '2017-10-02T18:43:48Z' },
    expected: true,
  },
  {
    name: '[Filtering] prefix "2017-10-02" does not match time "2017-12-22T18:43:48Z"',
    pattern: { time: [{ prefix: '2017-10-02' }] },
    event: ec2Event,
    expected: false,
  },
  {
    name: '[Filtering] prefix works on string values only: the number 5 has no prefix "5"',
    pattern: { detail: { 'c-count': [{ prefix: '5' }] } },
    event: rulerEvent,
    expected: false,
  },
  {
    name: '[Operators] begins with: Region is in the US',
    pattern: { detail: { Region: [{ prefix: 'us-' }] } },
    event: { detail: { Region: 'us-east-2' } },
    expected: true,
  },
  {
    name: '[Filtering] prefix ignoring case: "EventB" matches "eventbridge"',
    pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    event: { detail: { service: 'eventbridge' } },
    expected: true,
  },
  {
    name: '[Filtering] prefix ignoring case: "EventB" matches "EVENTBRIDGE"',
    pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    event: { detail: { service: 'EVENTBRIDGE' } },
    expected: true,
  },
  {
    name: '[Filtering] prefix ignoring case: "EventB" does not match "Amazon EventBridge"',
    pattern: { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    event: { detail: { service: 'Amazon EventBridge' } },
    expected: false,
  },
  {
    name: '[Filtering] suffix ".png" matches FileName "photo.png"',
    pattern: { FileName: [{ suffix: '.png' }] },
    event: { FileName: 'photo.png' },
    expected: true,
  },
  {
    name: '[Filtering] suffix ".png" does not match FileName "photo.jpg"',
    pattern: { FileName: [{ suffix: '.png' }] },
    event: { FileName: 'photo.jpg' },
    expected: false,
  },
  {
    name: '[Filtering] suffix is case-sensitive: ".png" does not match "photo.PNG"',
    pattern: { FileName: [{ suffix: '.png' }] },
    event: { FileName: 'photo.PNG' },
    expected: false,
  },
  {
    name: '[Filtering] suffix ignoring case: ".png" matches "photo.PNG"',
    pattern: { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
    event: { detail: { FileName: 'photo.PNG' } },
    expected: true,
  },
  {
    name: '[Filtering] suffix ignoring case: ".png" does not match "photo.png.bak"',
    pattern: { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
    event: { detail: { FileName: 'photo.png.bak' } },
    expected: false,
  },

  // Anything-but
  {
    name: '[Filtering] anything-but "initializing" matches state "running"',
    pattern: { detail: { state: [{ 'anything-but': 'initializing' }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: '[Filtering] anything-but "initializing" does not match state "initializing"',
    pattern: { detail: { state: [{ 'anything-but': 'initializing' }] } },
    event: withDetail({ state: 'initializing' }),
    expected: false,
  },
  {
    name: '[Filtering] anything-but 123 matches x-limit 301.8',
    pattern: { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: '[Filtering] anything-but 123 does not match x-limit 123',
    pattern: { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
    event: withDetail({ 'x-limit': 123 }),
    expected: false,
  },
  {
    name: '[Filtering] anything-but ["stopped", "overloaded"] matches state "running"',
    pattern: { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: '[Filtering] anything-but ["stopped", "overloaded"] does not match state "overloaded"',
    pattern: { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
    event: withDetail({ state: 'overloaded' }),
    expected: false,
  },
  {
    name: '[Filtering] anything-but [100, 200, 300] matches x-limit 301.8',
    pattern: { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: '[Filtering] anything-but [100, 200, 300] does not match x-limit 200',
    pattern: { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
    event: withDetail({ 'x-limit': 200 }),
    expected: false,
  },
  {
    name: '[Filtering] anything-but [100, 200, 300] compares numerically: 3.0e2 is excluded',
    pattern: { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
    event: withDetail({ 'x-limit': 3.0e2 }),
    expected: false,
  },
  {
    name: '[Filtering] anything-but prefix "init" matches state "running"',
    pattern: { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: '[Filtering] anything-but prefix "init" does not match state "initializing"',
    pattern: { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    event: withDetail({ state: 'initializing' }),
    expected: false,
  },
  {
    name: '[Operators] anything-but (begins with): Region is not in the US, event in eu-west-1',
    pattern: { detail: { Region: [{ 'anything-but': { prefix: 'us-' } }] } },
    event: { detail: { Region: 'eu-west-1' } },
    expected: true,
  },
  {
    name: '[Operators] anything-but (ends with): FileName ".png" is excluded',
    pattern: { FileName: [{ 'anything-but': { suffix: '.png' } }] },
    event: { FileName: 'photo.png' },
    expected: false,
  },
  {
    name: '[Operators] anything-but (ends with): FileName "notes.txt" matches',
    pattern: { FileName: [{ 'anything-but': { suffix: '.png' } }] },
    event: { FileName: 'notes.txt' },
    expected: true,
  },
  {
    name: '[Operators] anything-but (ignore case): "INITIALIZING" is excluded',
    pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] } },
    event: withDetail({ state: 'INITIALIZING' }),
    expected: false,
  },
  {
    name: '[Operators] anything-but (ignore case): "running" matches',
    pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: '[Filtering] anything-but ignoring case with a list: "Stopped" is excluded',
    pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] } },
    event: withDetail({ state: 'Stopped' }),
    expected: false,
  },
  {
    name: '[Operators] anything-but using a wildcard: a path under /lib/ is excluded',
    pattern: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] },
    event: { FilePath: '/usr/lib/node' },
    expected: false,
  },
  {
    name: '[Operators] anything-but using a wildcard: a path under /bin/ matches',
    pattern: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] },
    event: { FilePath: '/usr/bin/node' },
    expected: true,
  },
  {
    name: '[Filtering] anything-but matches something other than the value, so a missing field does not match',
    pattern: { detail: { state: [{ 'anything-but': 'initializing' }] } },
    event: withDetail({ 'c-count': 5 }),
    expected: false,
  },
  {
    name: '[Filtering] anything-but matches anything except the value: null is something else',
    pattern: { detail: { state: [{ 'anything-but': 'initializing' }] } },
    event: withDetail({ state: null }),
    expected: true,
  },
  {
    name: '[Filtering] anything-but prefix matches anything except such strings: the number 12 matches',
    pattern: { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    event: withDetail({ state: 12 }),
    expected: true,
  },
  {
    name: '[Arrays]+[Filtering] anything-but on an array matches when some element is not excluded',
    pattern: { detail: { state: [{ 'anything-but': 'stopped' }] } },
    event: withDetail({ state: ['stopped', 'running'] }),
    expected: true,
  },
  {
    name: '[Arrays]+[Filtering] anything-but on an array does not match when every element is excluded',
    pattern: { detail: { state: [{ 'anything-but': 'stopped' }] } },
    event: withDetail({ state: ['stopped'] }),
    expected: false,
  },

  // Numeric
  {
    name: '[Filtering] numeric: c-count (0, 5], d-count < 10, x-limit = 3.018e2 all hold',
    pattern: rulerNumericPattern,
    event: rulerEvent,
    expected: true,
  },
  {
    name: '[Filtering] numeric: "> 0" excludes c-count 0',
    pattern: rulerNumericPattern,
    event: withDetail({ 'c-count': 0, 'd-count': 3, 'x-limit': 301.8 }),
    expected: false,
  },
  {
    name: '[Filtering] numeric: "<= 5" excludes c-count 6',
    pattern: rulerNumericPattern,
    event: withDetail({ 'c-count': 6, 'd-count': 3, 'x-limit': 301.8 }),
    expected: false,
  },
  {
    name: '[Filtering] numeric: "> 0" admits a fractional c-count 0.5',
    pattern: rulerNumericPattern,
    event: withDetail({ 'c-count': 0.5, 'd-count': 3, 'x-limit': 301.8 }),
    expected: true,
  },
  {
    name: '[Filtering] numeric: "< 10" excludes d-count 10',
    pattern: rulerNumericPattern,
    event: withDetail({ 'c-count': 5, 'd-count': 10, 'x-limit': 301.8 }),
    expected: false,
  },
  {
    name: '[Filtering] numeric: "= 3.018e2" excludes x-limit 301.9',
    pattern: rulerNumericPattern,
    event: withDetail({ 'c-count': 5, 'd-count': 3, 'x-limit': 301.9 }),
    expected: false,
  },
  {
    name: '[Filtering] numeric compares numbers by value: "= 300" matches 3.0e2',
    pattern: { detail: { 'x-limit': [{ numeric: ['=', 300] }] } },
    event: withDetail({ 'x-limit': 3.0e2 }),
    expected: true,
  },
  {
    name: '[Filtering] numeric works only with JSON numbers: the string "300" does not match "> 100"',
    pattern: { detail: { 'x-limit': [{ numeric: ['>', 100] }] } },
    event: withDetail({ 'x-limit': '300' }),
    expected: false,
  },
  {
    name: '[Operators] numeric ">=" includes its bound',
    pattern: { detail: { 'c-count': [{ numeric: ['>=', 5] }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: '[Operators] numeric ">" excludes its bound',
    pattern: { detail: { 'c-count': [{ numeric: ['>', 5] }] } },
    event: rulerEvent,
    expected: false,
  },
  {
    name: '[Operators] numeric "<=" includes its bound',
    pattern: { detail: { 'd-count': [{ numeric: ['<=', 3] }] } },
    event: rulerEvent,
    expected: true,
  },
  {
    name: '[Operators] numeric range [">=", 0, "<", 3] excludes its upper bound',
    pattern: { detail: { 'd-count': [{ numeric: ['>=', 0, '<', 3] }] } },
    event: rulerEvent,
    expected: false,
  },
  {
    name: '[Arrays]+[Filtering] numeric on an array matches when any element is in range',
    pattern: { detail: { sizes: [{ numeric: ['>', 10] }] } },
    event: { detail: { sizes: [1, 20] } },
    expected: true,
  },

  // IP addresses
  {
    name: '[Filtering] cidr "10.0.0.0/24" matches 10.0.0.255',
    pattern: { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    event: { detail: { sourceIPAddress: '10.0.0.255' } },
    expected: true,
  },
  {
    name: '[Filtering] cidr "10.0.0.0/24" does not match 10.0.1.1',
    pattern: { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    event: { detail: { sourceIPAddress: '10.0.1.1' } },
    expected: false,
  },
  {
    name: '[Ruler] complex example: cidr "10.0.0.0/8" matches source-ip 10.0.0.33',
    pattern: {
      time: [{ prefix: '2017-10-02' }],
      detail: {
        state: [{ 'anything-but': 'initializing' }],
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ 'anything-but': [100, 200, 300] }],
        'source-ip': [{ cidr: '10.0.0.0/8' }],
      },
    },
    event: rulerEvent,
    expected: true,
  },
  {
    name: '[Filtering] IP address matching works for IPv6: "2001:db8:1234:1a00::/64" matches an address in it',
    pattern: { detail: { sourceIPAddress: [{ cidr: '2001:db8:1234:1a00::/64' }] } },
    event: { detail: { sourceIPAddress: '2001:0db8:1234:1a00:0000:0000:0000:0001' } },
    expected: true,
  },
  {
    name: '[Filtering] IP address matching works for IPv6: "2001:db8:1234:1a00::/64" does not match 2001:db8:1234:1b00::1',
    pattern: { detail: { sourceIPAddress: [{ cidr: '2001:db8:1234:1a00::/64' }] } },
    event: { detail: { sourceIPAddress: '2001:db8:1234:1b00::1' } },
    expected: false,
  },
  {
    name: '[Filtering] an IPv4 address is not inside an IPv6 block',
    pattern: { detail: { sourceIPAddress: [{ cidr: '::/0' }] } },
    event: { detail: { sourceIPAddress: '10.0.0.1' } },
    expected: false,
  },
  {
    name: '[Filtering] cidr compares IP address strings only: the number 123 does not match',
    pattern: { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    event: { detail: { sourceIPAddress: 123 } },
    expected: false,
  },

  // Exists
  {
    name: '[Filtering] exists true matches an event that has detail.state',
    pattern: { detail: { state: [{ exists: true }] } },
    event: { ...ec2Event, detail: { 'instance-id': 'i-abcd1111', state: 'pending' } },
    expected: true,
  },
  {
    name: '[Filtering] exists true does not match an event without detail.state',
    pattern: { detail: { state: [{ exists: true }] } },
    event: { ...ec2Event, detail: { 'c-count': { c1: 100 } } },
    expected: false,
  },
  {
    name: '[Filtering] exists false matches an event without detail.c-count',
    pattern: { detail: { 'c-count': [{ exists: false }] } },
    event: { 'detail-type': 'EC2 Instance State-change Notification', detail: { state: ['initializing', 'running'] } },
    expected: true,
  },
  {
    name: '[Filtering] exists only works on leaf nodes: exists false matches when c-count is an object',
    pattern: { detail: { 'c-count': [{ exists: false }] } },
    event: { detail: { state: ['initializing', 'running'], 'c-count': { c1: 100 } } },
    expected: true,
  },
  {
    name: '[Filtering] exists only works on leaf nodes: exists true does not match when c-count is an object',
    pattern: { detail: { 'c-count': [{ exists: true }] } },
    event: { detail: { 'c-count': { c1: 100 } } },
    expected: false,
  },
  {
    name: '[Filtering] exists false does not match an event with detail.c-count',
    pattern: { detail: { 'c-count': [{ exists: false }] } },
    event: rulerEvent,
    expected: false,
  },
  {
    name: '[Filtering] exists false matches when the whole parent object is absent',
    pattern: { detail: { 'c-count': [{ exists: false }] } },
    event: { source: 'aws.ec2' },
    expected: true,
  },
  {
    name: '[Filtering] exists false does not match a deeply nested leaf that is present',
    pattern: { detail: { level1: { level2: { level3: { level4: [{ exists: false }] } } } } },
    event: { detail: { level1: { level2: { level3: { level4: 'l4 value' } } } } },
    expected: false,
  },
  {
    name: '[Null]+[Filtering] a null leaf exists: exists true matches responseElements null',
    pattern: { detail: { responseElements: [{ exists: true }] } },
    event: autoScalingEvent,
    expected: true,
  },
  {
    name: '[Null]+[Filtering] the empty resources array holds no leaf: exists true does not match',
    pattern: { resources: [{ exists: true }] },
    event: autoScalingEvent,
    expected: false,
  },
  {
    name: '[Arrays]+[Filtering] exists true matches when one object of an array has the field',
    pattern: { detail: { automations: { id: [{ exists: true }] } } },
    event: { detail: { automations: [{ key1: 'value1' }, { id: 'match-does-exist' }, { key2: 'value2' }] } },
    expected: true,
  },

  // Equals-ignore-case
  {
    name: '[Operators] equals (ignore case): Name "alice" matches "ALICE"',
    pattern: { Name: [{ 'equals-ignore-case': 'alice' }] },
    event: { Name: 'ALICE' },
    expected: true,
  },
  {
    name: '[Operators] equals (ignore case): Name "alice" does not match "Alicia"',
    pattern: { Name: [{ 'equals-ignore-case': 'alice' }] },
    event: { Name: 'Alicia' },
    expected: false,
  },
  {
    name: '[Operators] equals: Name "Alice" does not match "alice"',
    pattern: { Name: ['Alice'] },
    event: { Name: 'alice' },
    expected: false,
  },
  {
    name: '[Operators] empty: LastName [""] matches an empty LastName',
    pattern: { LastName: [''] },
    event: { LastName: '' },
    expected: true,
  },

  // Wildcard
  {
    name: '[Operators] wildcard: an event bus ARN in any account of us-east-1',
    pattern: eventBusArnPattern,
    event: { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/myEventBus' },
    expected: true,
  },
  {
    name: '[Operators] wildcard: an event bus ARN in us-west-2 does not match',
    pattern: eventBusArnPattern,
    event: { EventBusArn: 'arn:aws:events:us-west-2:123456789012:event-bus/myEventBus' },
    expected: false,
  },
  {
    name: '[Wildcard] "*.png" matches strings that end with ".png"',
    pattern: { detail: { key: [{ wildcard: '*.png' }] } },
    event: { detail: { key: 'dir/photo.png' } },
    expected: true,
  },
  {
    name: '[Wildcard] "*" matches zero characters: "*.png" matches ".png"',
    pattern: { detail: { key: [{ wildcard: '*.png' }] } },
    event: { detail: { key: '.png' } },
    expected: true,
  },
  {
    name: '[Wildcard] "*.png" does not match "photo.png.bak"',
    pattern: { detail: { key: [{ wildcard: '*.png' }] } },
    event: { detail: { key: 'photo.png.bak' } },
    expected: false,
  },
  {
    name: '[Wildcard] "*Title*" matches values that include "Title" in the middle',
    pattern: { detail: { name: [{ wildcard: '*Title*' }] } },
    event: { detail: { name: 'The Title Page' } },
    expected: true,
  },
  {
    name: '[Operators] wildcard: an escaped "\\*" matches a literal asterisk',
    pattern: { detail: { key: [{ wildcard: 'file\\*.txt' }] } },
    event: { detail: { key: 'file*.txt' } },
    expected: true,
  },
  {
    name: '[Operators] wildcard: an escaped "\\*" is not a wildcard',
    pattern: { detail: { key: [{ wildcard: 'file\\*.txt' }] } },
    event: { detail: { key: 'file1.txt' } },
    expected: false,
  },
  {
    name: '[Operators] wildcard: "\\\\" matches a literal backslash',
    pattern: { detail: { key: [{ wildcard: 'C:\\\\*' }] } },
    event: { detail: { key: 'C:\\Windows' } },
    expected: true,
  },
  {
    name: '[Operators] wildcard works on string values only: the number 123 does not match "*"',
    pattern: { detail: { key: [{ wildcard: '*' }] } },
    event: { detail: { key: 123 } },
    expected: false,
  },

  // $or
  {
    name: '[Filtering] $or: d-count < 10 alone is enough',
    pattern: detailOrPattern,
    event: withDetail({ 'c-count': 10, 'd-count': 3, 'x-limit': 1 }),
    expected: true,
  },
  {
    name: '[Filtering] $or: no branch holds',
    pattern: detailOrPattern,
    event: withDetail({ 'c-count': 10, 'd-count': 30, 'x-limit': 1 }),
    expected: false,
  },
  {
    name: '[Ruler] $or: source and metricName',
    pattern: cloudWatchOrPattern,
    event: { source: 'aws.cloudwatch', metricName: 'CPUUtilization' },
    expected: true,
  },
  {
    name: '[Ruler] $or: source and namespace',
    pattern: cloudWatchOrPattern,
    event: { source: 'aws.cloudwatch', namespace: 'AWS/EC2' },
    expected: true,
  },
  {
    name: '[Ruler] $or: source with neither metricName nor namespace does not match',
    pattern: cloudWatchOrPattern,
    event: { source: 'aws.cloudwatch', metricName: 'DiskReadOps' },
    expected: false,
  },
  {
    name: '[Ruler] $or: the fields around $or still apply (wrong source)',
    pattern: cloudWatchOrPattern,
    event: { source: 'aws.ec2', metricName: 'CPUUtilization' },
    expected: false,
  },
  {
    name: '[Ruler] "Or" has an "And" inside: metricType and namespace together',
    pattern: orWithAndInsidePattern,
    event: { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/ES' },
    expected: true,
  },
  {
    name: '[Ruler] "Or" has an "And" inside: metricType without namespace does not match',
    pattern: orWithAndInsidePattern,
    event: { source: 'aws.cloudwatch', metricType: 'MetricType' },
    expected: false,
  },
  {
    name: '[Ruler] nested "Or" and "And": metricType, namespace and spaceId',
    pattern: nestedOrPattern,
    event: { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2', spaceId: 1000 },
    expected: true,
  },
  {
    name: '[Ruler] nested "Or" and "And": metricType and namespace without metricId or spaceId',
    pattern: nestedOrPattern,
    event: { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2', spaceId: 1001 },
    expected: false,
  },
  {
    name: '[Ruler] parallel "Or": one branch at the top and one under detail',
    pattern: parallelOrPattern,
    event: { namespace: 'AWS/ES', detail: { 'detail-type': 'CloudWatch Alarm State Change' } },
    expected: true,
  },
  {
    name: '[Ruler] parallel "Or": the detail-level $or fails',
    pattern: parallelOrPattern,
    event: { namespace: 'AWS/ES', detail: { source: 'aws.ec2' } },
    expected: false,
  },
];

describe('matchesPattern', () => {
  it.each(matchCases)('$name', ({ pattern, event, expected }) => {
    // Act
    const matched = matchesPattern(pattern, event);

    // Assert
    expect(matched).toBe(expected);
  });

  it('covers both outcomes with the documented examples', () => {
    const outcomes = new Set(matchCases.map((matchCase) => matchCase.expected));

    expect(matchCases.length).toBeGreaterThanOrEqual(80);
    expect(outcomes).toEqual(new Set([true, false]));
  });

  it('accepts every documented pattern above as valid', () => {
    const invalid = matchCases.filter((matchCase) => validatePattern(matchCase.pattern).length > 0);

    expect(invalid.map((matchCase) => matchCase.name)).toEqual([]);
  });

  it('matches nothing with an empty pattern, which EventBridge refuses', () => {
    expect(matchesPattern({}, ec2Event)).toBe(false);
  });

  it('matches nothing with a pattern EventBridge would refuse', () => {
    const pattern = { source: 'aws.ec2' } as unknown as EventPattern;

    expect(matchesPattern(pattern, ec2Event)).toBe(false);
  });

  it('gives the same answer when the same pattern object is reused', () => {
    const first = matchesPattern(ec2TerminationPattern, ec2Event);
    const second = matchesPattern(ec2TerminationPattern, { ...ec2Event, source: 'aws.s3' });

    expect([first, second]).toEqual([true, false]);
  });
});

describe('compilePattern', () => {
  it('returns a predicate that can be applied to many events', () => {
    const isTermination = compilePattern(ec2TerminationPattern);

    expect([isTermination(ec2Event), isTermination(autoScalingEvent)]).toEqual([true, false]);
  });

  it('throws InvalidEventPatternError listing the problems of a pattern EventBridge would refuse', () => {
    const pattern = { source: [{ prefx: 'aws.' }] } as unknown as EventPattern;

    expect(() => compilePattern(pattern)).toThrow(InvalidEventPatternError);
    expect(() => compilePattern(pattern)).toThrow(/unknown operator "prefx"/);
  });
});

interface InvalidCase {
  readonly name: string;
  readonly pattern: unknown;
  readonly problem: RegExp;
}

const invalidCases: readonly InvalidCase[] = [
  { name: 'a pattern that is not an object', pattern: ['aws.ec2'], problem: /pattern must be an object/ },
  { name: 'a null pattern', pattern: null, problem: /pattern must be an object/ },
  { name: 'an empty pattern', pattern: {}, problem: /empty objects are not allowed/ },
  { name: 'an empty nested object', pattern: { detail: {} }, problem: /detail: empty objects are not allowed/ },
  {
    name: 'a leaf value that is not an array',
    pattern: { source: 'aws.ec2' },
    problem: /source must be an object or an array/,
  },
  {
    name: 'a numeric leaf value that is not an array',
    pattern: { detail: { count: 5 } },
    problem: /detail\.count must be/,
  },
  { name: 'an empty array of values', pattern: { source: [] }, problem: /source: empty arrays are not allowed/ },
  { name: 'an array inside the value list', pattern: { source: [['aws.ec2']] }, problem: /source\[0\]: a match value/ },
  {
    name: 'an unknown operator',
    pattern: { source: [{ prefx: 'aws.' }] },
    problem: /source\[0\]: unknown operator "prefx"/,
  },
  {
    name: 'the contains operator, not offered by EventBridge',
    pattern: { a: [{ contains: 'x' }] },
    problem: /unknown operator "contains"/,
  },
  {
    name: 'an operator object with two operators',
    pattern: { a: [{ prefix: 'a', suffix: 'b' }] },
    problem: /exactly one operator/,
  },
  { name: 'an operator object with no operator', pattern: { a: [{}] }, problem: /exactly one operator/ },
  {
    name: 'a prefix that is not a string',
    pattern: { a: [{ prefix: 1 }] },
    problem: /a\[0\]\.prefix must be a string/,
  },
  {
    name: 'a prefix object other than equals-ignore-case',
    pattern: { a: [{ prefix: { suffix: 'x' } }] },
    problem: /prefix must be a string/,
  },
  { name: 'a suffix that is not a string', pattern: { a: [{ suffix: ['.png'] }] }, problem: /suffix must be a string/ },
  {
    name: 'equals-ignore-case with a list',
    pattern: { a: [{ 'equals-ignore-case': ['x'] }] },
    problem: /equals-ignore-case must be a string/,
  },
  {
    name: 'equals-ignore-case wrapping prefix',
    pattern: { a: [{ 'equals-ignore-case': { prefix: 'ec2' } }] },
    problem: /must be a string/,
  },
  { name: 'exists with a string', pattern: { a: [{ exists: 'yes' }] }, problem: /exists must be true or false/ },
  { name: 'numeric that is not a list', pattern: { a: [{ numeric: '>5' }] }, problem: /numeric: expected a list/ },
  { name: 'an empty numeric list', pattern: { a: [{ numeric: [] }] }, problem: /numeric: expected a list/ },
  {
    name: 'an unknown numeric operator',
    pattern: { a: [{ numeric: ['!=', 5] }] },
    problem: /unknown numeric operator "!="/,
  },
  {
    name: 'a numeric operand that is a string',
    pattern: { a: [{ numeric: ['>', '5'] }] },
    problem: /">" must be followed by a number/,
  },
  {
    name: 'a numeric operator with no operand',
    pattern: { a: [{ numeric: ['<'] }] },
    problem: /"<" must be followed by a number/,
  },
  { name: 'an upper bound given first', pattern: { a: [{ numeric: ['<', 5, '>', 0] }] }, problem: /too many elements/ },
  {
    name: 'numeric "=" with a second term',
    pattern: { a: [{ numeric: ['=', 5, '<', 9] }] },
    problem: /too many elements/,
  },
  { name: 'two lower bounds', pattern: { a: [{ numeric: ['>', 0, '>', 5] }] }, problem: /continue with "<" or "<="/ },
  {
    name: 'a range upper operand that is missing',
    pattern: { a: [{ numeric: ['>', 0, '<'] }] },
    problem: /"<" must be followed/,
  },
  {
    name: 'an empty numeric range',
    pattern: { a: [{ numeric: ['>', 5, '<=', 5] }] },
    problem: /lower bound must be less/,
  },
  {
    name: 'a numeric list that is too long',
    pattern: { a: [{ numeric: ['>', 0, '<', 5, 6] }] },
    problem: /too many elements/,
  },
  {
    name: 'a cidr without a mask',
    pattern: { ip: [{ cidr: '10.0.0.0' }] },
    problem: /ip\[0\]\.cidr: "10\.0\.0\.0" is not/,
  },
  {
    name: 'a cidr with an octet over 255',
    pattern: { ip: [{ cidr: '10.0.0.256/24' }] },
    problem: /is not an IPv4 or IPv6 CIDR/,
  },
  { name: 'an IPv4 mask over 32', pattern: { ip: [{ cidr: '10.0.0.0/33' }] }, problem: /is not an IPv4 or IPv6 CIDR/ },
  {
    name: 'an IPv6 mask over 128',
    pattern: { ip: [{ cidr: '2001:db8::/129' }] },
    problem: /is not an IPv4 or IPv6 CIDR/,
  },
  {
    name: 'a malformed IPv6 address',
    pattern: { ip: [{ cidr: '2001:db8:::1/64' }] },
    problem: /is not an IPv4 or IPv6 CIDR/,
  },
  {
    name: 'an IPv6 address with too many groups',
    pattern: { ip: [{ cidr: '1:2:3:4:5:6:7:8:9/64' }] },
    problem: /is not an/,
  },
  { name: 'a cidr that is not a string', pattern: { ip: [{ cidr: 10 }] }, problem: /10 is not an IPv4 or IPv6 CIDR/ },
  { name: 'anything-but null', pattern: { a: [{ 'anything-but': null }] }, problem: /only strings or only numbers/ },
  {
    name: 'anything-but a boolean',
    pattern: { a: [{ 'anything-but': true }] },
    problem: /only strings or only numbers/,
  },
  {
    name: 'anything-but an empty list',
    pattern: { a: [{ 'anything-but': [] }] },
    problem: /only strings or only numbers/,
  },
  {
    name: 'anything-but a mixed list',
    pattern: { a: [{ 'anything-but': ['a', 1] }] },
    problem: /only strings or only numbers/,
  },
  {
    name: 'anything-but an unknown operator',
    pattern: { a: [{ 'anything-but': { numeric: ['>', 1] } }] },
    problem: /takes one of prefix/,
  },
  {
    name: 'anything-but an empty prefix',
    pattern: { a: [{ 'anything-but': { prefix: '' } }] },
    problem: /prefix must not be empty/,
  },
  {
    name: 'anything-but a numeric prefix',
    pattern: { a: [{ 'anything-but': { prefix: 1 } }] },
    problem: /must be a string or a non-empty list/,
  },
  {
    name: 'anything-but a prefix ignoring case',
    pattern: { a: [{ 'anything-but': { prefix: { 'equals-ignore-case': 'x' } } }] },
    problem: /must be a string or a non-empty list/,
  },
  {
    name: 'anything-but a list with a number among wildcards',
    pattern: { a: [{ 'anything-but': { wildcard: ['*a', 1] } }] },
    problem: /wildcard\[1\] must be a string/,
  },
  {
    name: 'consecutive wildcard characters',
    pattern: { a: [{ wildcard: 'arn:aws:events:us-east-1:**:event-bus/*' }] },
    problem: /consecutive wildcard characters/,
  },
  {
    name: 'a backslash escaping an ordinary character',
    pattern: { a: [{ wildcard: 'a\\b' }] },
    problem: /backslash may only escape/,
  },
  {
    name: 'a trailing backslash in a wildcard',
    pattern: { a: [{ wildcard: 'a\\' }] },
    problem: /backslash may only escape/,
  },
  { name: 'a wildcard that is not a string', pattern: { a: [{ wildcard: 5 }] }, problem: /wildcard must be a string/ },
  {
    name: '$or that is not an array',
    pattern: { $or: { a: ['x'] } },
    problem: /\$or must be an array of at least two/,
  },
  {
    name: '$or with a single branch',
    pattern: { $or: [{ a: ['x'] }] },
    problem: /\$or must be an array of at least two/,
  },
  {
    name: '$or with a branch that is not an object',
    pattern: { $or: [{ a: ['x'] }, 'b'] },
    problem: /\$or\[1\] must be an object/,
  },
  { name: '$or with an empty branch', pattern: { $or: [{ a: ['x'] }, {}] }, problem: /\$or\[1\]: empty objects/ },
  {
    name: 'an operator name used as a field inside $or',
    pattern: { $or: [{ prefix: ['x'] }, { b: ['y'] }] },
    problem: /"prefix" is an operator/,
  },
];

describe('validatePattern', () => {
  it.each(invalidCases)('reports $name', ({ pattern, problem }) => {
    // Act
    const problems = validatePattern(pattern);

    // Assert
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('returns no problems for a valid pattern', () => {
    expect(validatePattern(ec2TerminationPattern)).toEqual([]);
  });

  it('reports every problem of a pattern, not only the first', () => {
    const problems = validatePattern({ source: 'aws.ec2', detail: { state: [{ exists: 1 }], count: [] } });

    expect(problems).toEqual([
      'source must be an object or an array',
      'detail.state[0]: exists must be true or false',
      'detail.count: empty arrays are not allowed',
    ]);
  });

  it('does not throw for input of any shape', () => {
    const inputs: unknown[] = [undefined, 42, 'text', () => true, { a: [Number.NaN] }, { a: [undefined] }];

    const problems = inputs.map((input) => validatePattern(input));

    expect(problems.every((list) => list.length > 0)).toBe(true);
  });
});
