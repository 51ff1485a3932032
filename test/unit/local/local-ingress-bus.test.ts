import { DetailType, PLATFORM_EVENT_SOURCE } from '../../../lambdas/domain/events/event-names';
import { VirtualClock } from '../../../local/clock';
import { type BusEvent, LocalEventBus } from '../../../local/event-bus/local-event-bus';
import { LocalIngressBus } from '../../../local/event-bus/local-ingress-bus';

const UPSTREAM = 'ehr.test-hospital';
const clock = new VirtualClock(new Date('2026-11-25T12:00:00Z'));
const entry = (source: string, detailType: string) => ({
  Source: source,
  DetailType: detailType,
  Detail: JSON.stringify({ patientId: 'p-1' }),
});

function ingressWithPlatform() {
  const platform = new LocalEventBus(clock);
  const delivered: BusEvent[] = [];
  platform.addRule({ name: 'everything', pattern: { version: ['0'] }, target: async (e) => void delivered.push(e) });
  const outside: BusEvent[] = [];
  const ingress = new LocalIngressBus({
    clock,
    platform,
    upstreamEventSource: UPSTREAM,
    onOutsideContract: (e) => void outside.push(e),
  });
  return { ingress, platform, delivered, outside };
}

describe('LocalIngressBus', () => {
  it('forwards the upstream contract to the platform bus within the put', async () => {
    const { ingress, platform, delivered, outside } = ingressWithPlatform();

    ingress.putEvents([entry(UPSTREAM, DetailType.FhirResourceChanged)]);
    await platform.drain();

    expect(delivered).toEqual([
      expect.objectContaining({ source: UPSTREAM, 'detail-type': DetailType.FhirResourceChanged }),
    ]);
    expect(outside).toEqual([]);
    expect(ingress.outsideContractCount()).toBe(0);
  });

  it.each([
    ['an internal detail-type under the platform source', PLATFORM_EVENT_SOURCE, DetailType.MessageRequested],
    ['an internal detail-type under the upstream source', UPSTREAM, DetailType.PatientFactsChanged],
    ['the upstream detail-type under another source', 'someone.else', DetailType.FhirResourceChanged],
  ])('accepts but forwards nowhere %s, and counts it', async (_case, source, detailType) => {
    const { ingress, platform, delivered, outside } = ingressWithPlatform();

    const result = ingress.putEvents([entry(source, detailType)]);
    await ingress.drain();
    await platform.drain();

    expect(result.FailedEntryCount).toBe(0);
    expect(delivered).toEqual([]);
    expect(outside).toEqual([expect.objectContaining({ source, 'detail-type': detailType })]);
    expect(ingress.outsideContractCount()).toBe(1);
  });

  it('refuses a malformed entry as any bus does', () => {
    const { ingress } = ingressWithPlatform();

    const result = ingress.putEvents([{ Source: UPSTREAM, DetailType: DetailType.FhirResourceChanged, Detail: '[' }]);

    expect(result).toMatchObject({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'MalformedDetail' }] });
  });
});
