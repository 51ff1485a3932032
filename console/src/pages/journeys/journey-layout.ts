import dagre from '@dagrejs/dagre';
import type { Edge, Node } from '@xyflow/react';
import {
  armsOf,
  describeEntry,
  ENTRY_NODE,
  type JourneyDefinition,
  STEP_TYPE_LABELS,
  type StepType,
  summaryOf,
  type ValidationError,
} from './journey-model';

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 88;

export interface StepNodeData extends Record<string, unknown> {
  readonly kind: StepType | 'entry';
  readonly title: string;
  readonly summary: string;
  /** Runs waiting at this step now (from the enrolments' current steps). */
  readonly waiting: number;
  readonly errors: readonly string[];
}

export type StepNode = Node<StepNodeData, 'step'>;

/**
 * The journey as a graph laid out top to bottom by dagre: the entry node, one node per step, and an edge per arm
 * (received / timed out, yes / no, the random split's shares). An arm to a step that does not exist has no edge:
 * validation names it on the step.
 */
export function layoutJourney(
  definition: JourneyDefinition,
  waiting: ReadonlyMap<string, number>,
  errorsByNode: ReadonlyMap<string, readonly ValidationError[]>,
): { nodes: StepNode[]; edges: Edge[] } {
  const messages = (id: string) => (errorsByNode.get(id) ?? []).map((error) => error.message);
  const exits = definition.exitWhen?.length ?? 0;
  const nodes: StepNode[] = [
    {
      id: ENTRY_NODE,
      type: 'step',
      position: { x: 0, y: 0 },
      ariaLabel: `Entry: ${describeEntry(definition)}`,
      data: {
        kind: 'entry',
        title: 'Entry',
        summary: `${describeEntry(definition)}${exits ? ` · ${exits} exit rule${exits === 1 ? '' : 's'}` : ''}`,
        waiting: 0,
        errors: messages(ENTRY_NODE),
      },
    },
    ...Object.entries(definition.steps).map(([id, step]): StepNode => {
      const errors = messages(id);
      const count = waiting.get(id) ?? 0;
      return {
        id,
        type: 'step',
        position: { x: 0, y: 0 },
        ariaLabel: [
          `${STEP_TYPE_LABELS[step.type]} step ${id}: ${summaryOf(step)}`,
          count ? `${count} waiting` : '',
          errors.length ? `${errors.length} error${errors.length === 1 ? '' : 's'}` : '',
        ]
          .filter(Boolean)
          .join(', '),
        data: { kind: step.type, title: id, summary: summaryOf(step), waiting: count, errors },
      };
    }),
  ];
  const edges: Edge[] = [];
  if (definition.steps[definition.start])
    edges.push({ id: `${ENTRY_NODE}->${definition.start}`, source: ENTRY_NODE, target: definition.start });
  for (const [id, step] of Object.entries(definition.steps)) {
    for (const arm of armsOf(step)) {
      if (!definition.steps[arm.to]) continue;
      edges.push({
        id: `${id}:${arm.field}`,
        source: id,
        target: arm.to,
        ...(arm.label ? { label: arm.label, labelBgPadding: [4, 2] as [number, number] } : {}),
      });
    }
  }

  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 56 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  for (const node of nodes) {
    const placed = graph.node(node.id);
    node.position = { x: placed.x - NODE_WIDTH / 2, y: placed.y - NODE_HEIGHT / 2 };
  }
  return { nodes, edges };
}

/** How many running executions wait at each step, from the enrolments' current steps. */
export function waitingByStep(enrolments: readonly { status?: string; currentStep?: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const enrolment of enrolments) {
    if (enrolment.status !== 'RUNNING' || !enrolment.currentStep) continue;
    counts.set(enrolment.currentStep, (counts.get(enrolment.currentStep) ?? 0) + 1);
  }
  return counts;
}
