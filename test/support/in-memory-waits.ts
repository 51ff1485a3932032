import type {
  LoggedEvent,
  PatientEventLog,
  TaskResumer,
  WaitRegistration,
  WaitStore,
} from '../../lambdas/domain/journeys/waits/ports';

/** In-memory ports for unit tests and simulations: the same contracts as the DynamoDB adapters. */

export class InMemoryPatientEventLog implements PatientEventLog {
  private readonly events = new Map<string, LoggedEvent[]>();

  async append(patientId: string, event: LoggedEvent): Promise<void> {
    const events = this.events.get(patientId) ?? [];
    if (events.some((e) => e.id === event.id)) return;
    events.push(event);
    events.sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : a.at.localeCompare(b.at)));
    this.events.set(patientId, events);
  }

  async appendAll(patientId: string, events: readonly LoggedEvent[]): Promise<void> {
    for (const event of events) await this.append(patientId, event);
  }

  async since(patientId: string, fromIso: string): Promise<readonly LoggedEvent[]> {
    return (this.events.get(patientId) ?? []).filter((e) => e.at >= fromIso);
  }
}

export class InMemoryWaitStore implements WaitStore {
  private readonly registrations = new Map<string, WaitRegistration>();

  private static keyOf(r: WaitRegistration): string {
    return `${r.patientId}|${r.kindKey}|${r.executionId}|${r.stepId}`;
  }

  async register(registration: WaitRegistration): Promise<void> {
    this.registrations.set(InMemoryWaitStore.keyOf(registration), registration);
  }

  async waitingFor(patientId: string, kindKey: string): Promise<readonly WaitRegistration[]> {
    return [...this.registrations.values()].filter((r) => r.patientId === patientId && r.kindKey === kindKey);
  }

  async waitingForAny(patientId: string, kindKeys: readonly string[]): Promise<readonly WaitRegistration[]> {
    return [...this.registrations.values()].filter((r) => r.patientId === patientId && kindKeys.includes(r.kindKey));
  }

  async remove(registration: WaitRegistration): Promise<void> {
    const key = InMemoryWaitStore.keyOf(registration);
    if (this.registrations.get(key)?.taskToken === registration.taskToken) this.registrations.delete(key);
  }
}

/** A token registry like Step Functions': a token succeeds once; an unknown or answered token is `closed`. */
export class InMemoryTaskResumer implements TaskResumer {
  private readonly open = new Set<string>();
  readonly resumed: string[] = [];

  issue(taskToken: string): void {
    this.open.add(taskToken);
  }

  readonly failed: { readonly taskToken: string; readonly error: string }[] = [];

  async succeed(taskToken: string): Promise<'resumed' | 'closed'> {
    if (!this.open.delete(taskToken)) return 'closed';
    this.resumed.push(taskToken);
    return 'resumed';
  }

  async fail(taskToken: string, error: string): Promise<'failed' | 'closed'> {
    if (!this.open.delete(taskToken)) return 'closed';
    this.failed.push({ taskToken, error });
    return 'failed';
  }
}
