import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { FieldError } from '../../api/problem';
import { useBuilder } from './builder-context';
import { type Json, KINDS, type Kind, kindOf, labelOf, moveItem, newCriterion } from './criteria-tree';
import { CLAIMED_FIELDS, LEAF_EDITORS } from './criterion-editors';

interface NodeProps {
  readonly node: Json;
  /** The criterion's JSON pointer in the definition (`/criteria`, `/criteria/all/2`). */
  readonly pointer: string;
  readonly onChange: (node: Json) => void;
  /** Absent for the root, which cannot be removed or moved. */
  readonly place?: {
    readonly index: number;
    readonly count: number;
    readonly onRemove: () => void;
    readonly onMove: (by: -1 | 1) => void;
  };
}

/** The errors a criterion lists itself: those at its pointer, and those of its fields that no field shows. */
function unclaimedErrors(errors: readonly FieldError[], pointer: string, kind: Kind | undefined): FieldError[] {
  if (kind === 'all' || kind === 'any') {
    return errors.filter((e) => e.pointer === pointer || e.pointer === `${pointer}/${kind}`);
  }
  if (kind === 'not') return errors.filter((e) => e.pointer === pointer);
  const inner = `${pointer}/${kind ?? ''}`;
  const claimed = (CLAIMED_FIELDS[kind ?? ''] ?? []).map((suffix) => `${inner}${suffix}`);
  return errors.filter(
    (e) =>
      (e.pointer === pointer || e.pointer.startsWith(`${pointer}/`)) &&
      !claimed.some((field) => e.pointer === field || e.pointer.startsWith(`${field}/`)),
  );
}

function AddCriterion({ onAdd }: { readonly onAdd: (kind: Kind) => void }) {
  return (
    <ButtonDropdown
      items={KINDS.map((entry) => ({ id: entry.kind, text: entry.label, secondaryText: entry.description }))}
      onItemClick={({ detail }) => onAdd(detail.id as Kind)}
    >
      Add criterion
    </ButtonDropdown>
  );
}

/** One criterion of the tree, with its editor; groups hold their criteria, each one removable and movable. */
export function CriterionNode({ node, pointer, onChange, place }: NodeProps) {
  const { errors, explained } = useBuilder();
  const kind = kindOf(node);
  const value = kind && typeof node === 'object' && node !== null && !Array.isArray(node) ? node[kind] : undefined;
  const mine = unclaimedErrors(errors, pointer, kind);
  const explanation = explained.get(pointer);
  const Editor = kind ? LEAF_EDITORS[kind] : undefined;
  const title = kind === 'all' || kind === 'any' ? 'Group' : labelOf(kind);
  const actions = place && (
    <SpaceBetween direction="horizontal" size="xxs">
      <Button
        variant="icon"
        iconName="angle-up"
        ariaLabel={`Move ${title} ${place.index + 1} up`}
        disabled={place.index === 0}
        onClick={() => place.onMove(-1)}
      />
      <Button
        variant="icon"
        iconName="angle-down"
        ariaLabel={`Move ${title} ${place.index + 1} down`}
        disabled={place.index === place.count - 1}
        onClick={() => place.onMove(1)}
      />
      <Button
        variant="icon"
        iconName="remove"
        ariaLabel={`Remove ${title} ${place.index + 1}`}
        onClick={place.onRemove}
      />
    </SpaceBetween>
  );

  return (
    <Container
      header={
        <Header
          variant="h3"
          actions={actions}
          description={
            explanation && (
              <StatusIndicator type={explanation.matched ? 'success' : 'error'}>
                {explanation.matched ? 'matches' : 'does not match'}
                {explanation.reason ? `: ${explanation.reason}` : ''}
              </StatusIndicator>
            )
          }
        >
          {title}
        </Header>
      }
    >
      <div data-criterion={pointer}>
        <SpaceBetween size="s">
          {mine.length > 0 && (
            <Box color="text-status-error" variant="p">
              <span role="alert">{mine.map((e) => e.detail).join('; ')}</span>
            </Box>
          )}
          {(kind === 'all' || kind === 'any') && (
            <Group kind={kind} list={Array.isArray(value) ? value : []} pointer={pointer} onChange={onChange} />
          )}
          {kind === 'not' && (
            <CriterionNode
              node={value ?? null}
              pointer={`${pointer}/not`}
              onChange={(inner) => onChange({ not: inner })}
            />
          )}
          {kind && Editor && (
            <Editor
              value={value ?? null}
              pointer={`${pointer}/${kind}`}
              onChange={(inner) => onChange({ [kind]: inner })}
            />
          )}
          {!kind && <Box color="text-status-error">This criterion has no known kind.</Box>}
        </SpaceBetween>
      </div>
    </Container>
  );
}

function Group({
  kind,
  list,
  pointer,
  onChange,
}: {
  readonly kind: 'all' | 'any';
  readonly list: readonly Json[];
  readonly pointer: string;
  readonly onChange: (node: Json) => void;
}) {
  const set = (next: Json[]) => onChange({ [kind]: next });
  return (
    <SpaceBetween size="s">
      <SegmentedControl
        label="Patients match when"
        selectedId={kind}
        options={[
          { id: 'all', text: 'all of these match' },
          { id: 'any', text: 'any of these match' },
        ]}
        onChange={({ detail }) => onChange({ [detail.selectedId]: [...list] })}
      />
      {list.length === 0 && <Box color="text-body-secondary">No criteria yet: add one.</Box>}
      {list.map((child, index) => (
        <CriterionNode
          // Criteria have no ids of their own; the position is what the API's pointers name too.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          node={child}
          pointer={`${pointer}/${kind}/${index}`}
          onChange={(next) => set(list.map((other, at) => (at === index ? next : other)))}
          place={{
            index,
            count: list.length,
            onRemove: () => set(list.filter((_, at) => at !== index)),
            onMove: (by) => set(moveItem(list, index, by)),
          }}
        />
      ))}
      <AddCriterion onAdd={(added) => set([...list, newCriterion(added)])} />
    </SpaceBetween>
  );
}
