import { journeyRunShortfall, type Usage } from '../../../bench/cost/meter';

const idle: Usage = {
  dynamo: {},
  dynamoShapes: {},
  events: {},
  invocations: {},
  transitions: {},
  emails: 0,
  sms: 0,
  push: 0,
};

describe('journeyRunShortfall (npm run cost refuses a journey run that did not run)', () => {
  it('names a run without state transitions: its journey never started', () => {
    expect(journeyRunShortfall({ ...idle, emails: 1 })).toMatch(/no journey started/);
  });

  it('names a run whose journey started but sent nothing', () => {
    expect(journeyRunShortfall({ ...idle, transitions: { 'outreach-local-journey-x': 8 } })).toMatch(/no message/);
  });

  it('accepts a run that made transitions and sent a message', () => {
    expect(journeyRunShortfall({ ...idle, transitions: { 'outreach-local-journey-x': 14 }, sms: 2 })).toBeUndefined();
  });
});
