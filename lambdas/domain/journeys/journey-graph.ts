import type { JourneyStep } from './definition-schema';
import { describeSeconds, MAX_JOURNEY_SECONDS, parseJourneyDuration } from './journey-duration';

/** One problem in a journey definition: the JSON pointer of the bad node and why. */
export interface JourneyValidationError {
  readonly pointer: string;
  readonly message: string;
}

/** An edge of the step graph and the JSON pointer of the field that names its target. */
export interface StepEdge {
  readonly from: string;
  readonly to: string;
  readonly pointer: string;
}

export type JourneySteps = Readonly<Record<string, JourneyStep>>;

/** JSON pointer token escaping (RFC 6901). */
export function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function stepPointer(id: string): string {
  return `/steps/${pointerToken(id)}`;
}

/** The steps a step can go to next, in a fixed order (received before timed out, true before false). */
export function stepEdges(id: string, step: JourneyStep): StepEdge[] {
  const here = stepPointer(id);
  switch (step.type) {
    case 'exit':
      return [];
    case 'wait-for-event':
      return [
        { from: id, to: step.next.received, pointer: `${here}/next/received` },
        { from: id, to: step.next.timedOut, pointer: `${here}/next/timedOut` },
      ];
    case 'branch':
      if (step.on.randomSplit !== undefined) {
        return step.on.randomSplit.map((arm, index) => ({
          from: id,
          to: arm.next,
          pointer: `${here}/on/randomSplit/${index}/next`,
        }));
      }
      return step.next === undefined
        ? []
        : [
            { from: id, to: step.next.true, pointer: `${here}/next/true` },
            { from: id, to: step.next.false, pointer: `${here}/next/false` },
          ];
    default:
      return [{ from: id, to: step.next, pointer: `${here}/next` }];
  }
}

/** The fixed time a step can hold a patient: a duration wait, or a wait for event that times out. */
export function fixedWaitSeconds(step: JourneyStep): number {
  const text = step.type === 'wait' ? step.duration : step.type === 'wait-for-event' ? step.timeout : undefined;
  return text === undefined ? 0 : (parseJourneyDuration(text) ?? 0);
}

/**
 * Checks the step graph: `start` names a step, every edge names a step, every step is reachable from start,
 * there are no cycles, and every step can reach an exit. When `checkPathLength` is set, also checks that the
 * fixed waits along any path fit in Step Functions' one-year limit (the caller skips it when a single wait
 * is already over the limit, which says the same thing more precisely).
 */
export function checkJourneyGraph(
  start: string,
  steps: JourneySteps,
  checkPathLength: boolean,
): JourneyValidationError[] {
  const errors: JourneyValidationError[] = [];
  const ids = Object.keys(steps);
  const edges = new Map<string, StepEdge[]>();
  let dangling = false;
  for (const id of ids) {
    const all = stepEdges(id, steps[id] as JourneyStep);
    for (const edge of all) {
      if (!(edge.to in steps)) {
        dangling = true;
        errors.push({ pointer: edge.pointer, message: `names no step: there is no step "${edge.to}"` });
      }
    }
    edges.set(
      id,
      all.filter((edge) => edge.to in steps),
    );
  }
  const successors = (id: string): StepEdge[] => edges.get(id) ?? [];

  const startExists = start in steps;
  if (!startExists) errors.push({ pointer: '/start', message: `names no step: there is no step "${start}"` });

  const reachable = new Set<string>();
  if (startExists) {
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (reachable.has(id)) continue;
      reachable.add(id);
      for (const edge of successors(id)) queue.push(edge.to);
    }
    for (const id of ids) {
      if (!reachable.has(id)) {
        errors.push({ pointer: stepPointer(id), message: `step "${id}" is not reachable from start "${start}"` });
      }
    }
  }

  const cycles = findCycles(startExists ? [start, ...ids] : ids, successors);
  errors.push(...cycles);

  if (!ids.some((id) => steps[id]?.type === 'exit')) {
    errors.push({ pointer: '/steps', message: 'there is no step of type "exit": every path must end in one' });
  } else if (!dangling) {
    const reachesExit = stepsThatReachExit(ids, steps, successors);
    for (const id of ids) {
      if (reachable.has(id) && !reachesExit.has(id)) {
        errors.push({ pointer: stepPointer(id), message: `no path from step "${id}" ends in an exit step` });
      }
    }
  }

  if (checkPathLength && startExists && !dangling && cycles.length === 0) {
    const overLimit = longestWaitPathProblem(start, steps, successors);
    if (overLimit) errors.push(overLimit);
  }
  return errors;
}

function findCycles(roots: readonly string[], successors: (id: string) => StepEdge[]): JourneyValidationError[] {
  const errors: JourneyValidationError[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    state.set(id, 'visiting');
    for (const edge of successors(id)) {
      const seen = state.get(edge.to);
      if (seen === 'visiting') {
        const path = [...trail, id];
        const members = path.slice(path.indexOf(edge.to));
        const key = [...members].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          errors.push({
            pointer: edge.pointer,
            message: `steps form a cycle: ${[...members, edge.to].join(' → ')} (journeys are acyclic)`,
          });
        }
      } else if (seen === undefined) {
        visit(edge.to, [...trail, id]);
      }
    }
    state.set(id, 'done');
  };
  for (const id of roots) if (!state.has(id)) visit(id, []);
  return errors;
}

function stepsThatReachExit(
  ids: readonly string[],
  steps: JourneySteps,
  successors: (id: string) => StepEdge[],
): Set<string> {
  const predecessors = new Map<string, string[]>();
  for (const id of ids) {
    for (const edge of successors(id)) predecessors.set(edge.to, [...(predecessors.get(edge.to) ?? []), id]);
  }
  const found = new Set<string>();
  const queue = ids.filter((id) => steps[id]?.type === 'exit');
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...(predecessors.get(id) ?? []));
  }
  return found;
}

/** The path from start with the most fixed waiting (the graph is acyclic here), if it is over one year. */
function longestWaitPathProblem(
  start: string,
  steps: JourneySteps,
  successors: (id: string) => StepEdge[],
): JourneyValidationError | undefined {
  const longest = new Map<string, { total: number; next?: string }>();
  const measure = (id: string): number => {
    const known = longest.get(id);
    if (known) return known.total;
    let best: { total: number; next?: string } = { total: 0 };
    for (const edge of successors(id)) {
      const total = measure(edge.to);
      if (total > best.total || best.next === undefined) best = { total, next: edge.to };
    }
    const own = fixedWaitSeconds(steps[id] as JourneyStep);
    longest.set(id, { total: own + best.total, ...(best.next === undefined ? {} : { next: best.next }) });
    return own + best.total;
  };
  if (measure(start) <= MAX_JOURNEY_SECONDS) return undefined;

  const path: string[] = [];
  let crossing: string | undefined;
  let running = 0;
  for (let id: string | undefined = start; id !== undefined; id = longest.get(id)?.next) {
    path.push(id);
    running += fixedWaitSeconds(steps[id] as JourneyStep);
    if (crossing === undefined && running > MAX_JOURNEY_SECONDS) crossing = id;
  }
  return {
    pointer: stepPointer(crossing ?? start),
    message:
      `the waits along ${path.join(' → ')} total ${describeSeconds(measure(start))}, ` +
      `over Step Functions' one-year execution limit (${describeSeconds(MAX_JOURNEY_SECONDS)})`,
  };
}
