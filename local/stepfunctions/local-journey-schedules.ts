import { Cron } from 'croner';
import type { JourneySchedules, ScheduledEnrolmentSpec } from '../../lambdas/domain/journeys/ports';
import type { DueSource } from '../clock';

const UNIT_MS: Readonly<Record<string, number>> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/**
 * The instants an EventBridge Scheduler expression fires at, after `from`: `rate(n unit)` from when the
 * schedule was put, `at(yyyy-mm-ddThh:mm:ss)` and `cron(min hour day-of-month month day-of-week year)` in the
 * schedule's zone (croner; AWS numbers days of the week 1–7 from Sunday, croner 0–6, so numbers are shifted;
 * the year field must be `*`).
 */
export function nextFiring(spec: ScheduledEnrolmentSpec, from: Date, putAt: Date): Date | undefined {
  const [, kind, body] = /^(cron|rate|at)\((.+)\)$/.exec(spec.expression.trim()) ?? [];
  if (kind === 'rate') {
    const [, amount, unit] = /^(\d+)\s+(minute|hour|day)s?$/.exec(String(body).trim()) ?? [];
    const step = Number(amount) * (UNIT_MS[String(unit)] ?? Number.NaN);
    if (!Number.isFinite(step) || step <= 0) throw new Error(`unsupported rate ${spec.expression}`);
    const elapsed = Math.floor((from.getTime() - putAt.getTime()) / step) + 1;
    return new Date(putAt.getTime() + elapsed * step);
  }
  if (kind === 'at') return new Cron(String(body), { timezone: spec.timeZone }).nextRun(from) ?? undefined;
  if (kind === 'cron') {
    const fields = String(body).trim().split(/\s+/);
    if (fields.length !== 6 || fields[5] !== '*')
      throw new Error(`unsupported cron ${spec.expression} (the year must be *)`);
    const dayOfWeek = String(fields[4]).replace(/\d+/g, (n) => String(Number(n) - 1));
    const pattern = [...fields.slice(0, 4), dayOfWeek].join(' ');
    return new Cron(pattern, { timezone: spec.timeZone }).nextRun(from) ?? undefined;
  }
  throw new Error(`unsupported schedule ${spec.expression}`);
}

interface Kept {
  readonly spec: ScheduledEnrolmentSpec;
  readonly enabled: boolean;
  readonly putAt: Date;
  next?: Date;
}

/**
 * EventBridge Scheduler, locally: journeys' schedules fire on the virtual clock and start the bulk enrolment
 * workflow with the same input a deployed schedule gives it.
 */
export class LocalJourneySchedules implements JourneySchedules, DueSource {
  private readonly schedules = new Map<string, Kept>();

  constructor(
    private readonly now: () => Date,
    private readonly startBulkEnrolment: (runName: string, input: { journeyId: string; segmentId: string }) => void,
    private readonly settleAll: () => Promise<void>,
  ) {}

  async put(journeyId: string, spec: ScheduledEnrolmentSpec, enabled: boolean): Promise<void> {
    const putAt = this.now();
    this.schedules.set(journeyId, { spec, enabled, putAt, next: nextFiring(spec, putAt, putAt) });
  }

  async remove(journeyId: string): Promise<void> {
    this.schedules.delete(journeyId);
  }

  next(): number | undefined {
    let next: number | undefined;
    for (const kept of this.schedules.values()) {
      if (!kept.enabled || kept.next === undefined) continue;
      next = next === undefined ? kept.next.getTime() : Math.min(next, kept.next.getTime());
    }
    return next;
  }

  async fire(now: Date): Promise<void> {
    for (const [journeyId, kept] of this.schedules) {
      if (!kept.enabled || kept.next === undefined || kept.next.getTime() > now.getTime()) continue;
      const firing = kept.next;
      this.startBulkEnrolment(
        `${journeyId}-${firing
          .toISOString()
          .replace(/[^0-9]/g, '')
          .slice(0, 12)}`,
        {
          journeyId,
          segmentId: kept.spec.segmentId,
        },
      );
      kept.next = nextFiring(kept.spec, firing, kept.putAt);
    }
    await this.settleAll();
  }

  /** For tests: the journeys with a schedule and whether it fires. */
  list(): { journeyId: string; enabled: boolean; next?: string }[] {
    return [...this.schedules].map(([journeyId, kept]) => ({
      journeyId,
      enabled: kept.enabled,
      ...(kept.next ? { next: kept.next.toISOString() } : {}),
    }));
  }
}
