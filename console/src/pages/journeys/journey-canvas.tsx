import '@xyflow/react/dist/style.css';
import './journey-canvas.css';
import {
  Controls,
  Handle,
  type NodeChange,
  type NodeProps,
  Position,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import { useMemo } from 'react';
import type { StepNode } from './journey-layout';
import { STEP_TYPE_LABELS } from './journey-model';

function StepNodeView({ data, selected }: NodeProps<StepNode>) {
  const classes = ['journey-node'];
  if (selected) classes.push('journey-node--selected');
  if (data.errors.length) classes.push('journey-node--invalid');
  return (
    <div className={classes.join(' ')} data-kind={data.kind} data-testid={`journey-node-${data.title}`}>
      {data.kind !== 'entry' && <Handle type="target" position={Position.Top} isConnectable={false} />}
      {data.waiting > 0 && (
        <span className="journey-node__waiting" title={`${data.waiting} runs waiting here`}>
          {data.waiting} waiting
        </span>
      )}
      <div className="journey-node__kind">{data.kind === 'entry' ? 'Entry' : STEP_TYPE_LABELS[data.kind]}</div>
      <div className="journey-node__title">{data.kind === 'entry' ? data.summary : data.title}</div>
      {data.kind !== 'entry' && <div>{data.summary}</div>}
      {data.errors.map((message) => (
        <div key={message} className="journey-node__error">
          ⚠ {message}
        </div>
      ))}
      {data.kind !== 'exit' && <Handle type="source" position={Position.Bottom} isConnectable={false} />}
    </div>
  );
}

const NODE_TYPES = { step: StepNodeView };

/**
 * The journey drawn as a graph. Nodes cannot be dragged or connected (the layout is automatic and arms are edited
 * in the side panel); they are focusable with Tab and selected with Enter or Space, as a click selects them.
 */
export function JourneyCanvas({
  nodes,
  edges,
  selected,
  onSelect,
}: {
  nodes: StepNode[];
  edges: Parameters<typeof ReactFlow>[0]['edges'];
  selected: string | undefined;
  onSelect: (nodeId: string) => void;
}) {
  const shown = useMemo(() => nodes.map((node) => ({ ...node, selected: node.id === selected })), [nodes, selected]);
  const onNodesChange = (changes: NodeChange<StepNode>[]) => {
    const chosen = changes.find((change) => change.type === 'select' && change.selected);
    if (chosen && chosen.type === 'select') onSelect(chosen.id);
  };
  return (
    <section className="journey-canvas" aria-label="Journey graph">
      <ReactFlowProvider>
        <ReactFlow
          nodes={shown}
          edges={edges}
          nodeTypes={NODE_TYPES}
          onNodesChange={onNodesChange}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          elementsSelectable
          nodesFocusable
          fitView
          minZoom={0.3}
          ariaLabelConfig={{
            'node.a11yDescription.default': 'Press Enter or Space to select the step and edit it in the side panel.',
          }}
        >
          <Controls showInteractive={false} />
        </ReactFlow>
      </ReactFlowProvider>
    </section>
  );
}
