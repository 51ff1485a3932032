import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { dataOf } from '../api/client';
import { formatInstant } from '../app/format';
import { href, useFollow } from '../app/links';
import { ErrorAlert, Loading } from '../app/page-states';
import { useApi, useSession } from '../app/session';
import { useLoad } from '../app/use-load';

const TEAMS = ['care-team', 'front-desk', 'outreach-team'] as const;
/** How many of a tile's entries are listed under its count, each a link. */
const LISTED = 5;

interface Waiting {
  readonly count: number;
  readonly more: boolean;
  /** The newest entries, each a link to where it is dealt with. */
  readonly entries?: readonly { readonly id: string; readonly label: string; readonly to: string }[];
}

/** A count of what waits for the caller, as a link to the page where it is worked. */
function Tile(props: { title: string; load: () => Promise<Waiting>; to?: string; what: string }) {
  const follow = useFollow();
  const { data, error, loading, reload } = useLoad(props.load, []);
  return (
    <Container header={<Header variant="h2">{props.title}</Header>}>
      {loading && !data ? (
        <Loading what={props.what} />
      ) : error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : (
        <SpaceBetween size="xs">
          <Box variant="awsui-value-large">
            {data?.count ?? 0}
            {data?.more ? '+' : ''}
          </Box>
          {data?.entries && data.entries.length > 0 && (
            <ul aria-label={props.title}>
              {data.entries.map((entry) => (
                <li key={entry.id}>
                  <Link href={href(entry.to)} onFollow={follow}>
                    {entry.label}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {props.to ? (
            <Link href={href(props.to)} onFollow={follow}>
              {data?.count ? `Open ${props.what}` : `No ${props.what} — view the page`}
            </Link>
          ) : (
            !data?.count && <Box color="text-body-secondary">No {props.what}.</Box>
          )}
        </SpaceBetween>
      )}
    </Container>
  );
}

/** What needs the signed-in person now, each a link to where it is dealt with. */
export default function HomePage() {
  const session = useSession();
  const api = useApi();
  const messagesIn = (status: 'in-doubt' | 'failed') => async (): Promise<Waiting> => {
    const page = await dataOf(api.GET('/messages', { params: { query: { status, limit: '100' } } }));
    return {
      count: page.items.length,
      more: Boolean(page.cursor),
      entries: page.items.slice(0, LISTED).map((message) => ({
        id: message.messageId,
        label: `${message.channel ?? 'message'} · ${message.templateId} · ${formatInstant(message.updatedAt)}`,
        to: `/messages/${encodeURIComponent(message.messageId)}`,
      })),
    };
  };
  const tiles = [
    session.can('ingestion:operate') && (
      <Tile
        key="dead-letters"
        title="Open dead letters"
        what="dead letters"
        to="/ingestion"
        load={async () => {
          const page = await dataOf(
            api.GET('/ingestion/dead-letters', { params: { query: { status: 'open', limit: '100' } } }),
          );
          return { count: page.items.length, more: Boolean(page.cursor) };
        }}
      />
    ),
    session.can('patients:read-engagement') && (
      <Tile key="in-doubt" title="Messages in doubt" what="messages in doubt" load={messagesIn('in-doubt')} />
    ),
    session.can('patients:read-engagement') && (
      <Tile key="failed" title="Failed messages" what="failed messages" load={messagesIn('failed')} />
    ),
    session.can('journeys:manage') && (
      <Tile
        key="failed-runs"
        title="Failed journey runs"
        what="journeys"
        to="/journeys"
        load={async () => {
          const runs = await dataOf(
            api.GET('/journeys/runs', { params: { query: { status: 'failed', limit: '100' } } }),
          );
          return {
            count: runs.items.length,
            more: runs.more,
            entries: runs.items.slice(0, LISTED).map((run) => ({
              id: `${run.journeyId}/${run.executionName}`,
              label: `${run.journeyName} · ${run.error ?? 'failed'} · ${formatInstant(run.stoppedAt)}`,
              to: `/journeys/${encodeURIComponent(run.journeyId)}`,
            })),
          };
        }}
      />
    ),
    ...(session.can('activities:work')
      ? TEAMS.map((team) => (
          <Tile
            key={team}
            title={`Open activities: ${team}`}
            what="activities"
            to={`/activities?team=${team}`}
            load={async () => {
              const page = await dataOf(api.GET('/activities', { params: { query: { team, limit: '100' } } }));
              return { count: page.items.length, more: Boolean(page.cursor) };
            }}
          />
        ))
      : []),
  ].filter(Boolean);
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={`Signed in as ${session.caller.username ?? session.caller.subject} (${session.caller.roles.join(', ')}).`}
        >
          Home
        </Header>
      }
    >
      {tiles.length === 0 ? (
        <Container>
          <Box>Nothing is waiting for you. Use the navigation to find your pages.</Box>
        </Container>
      ) : (
        <ColumnLayout columns={3}>{tiles}</ColumnLayout>
      )}
    </ContentLayout>
  );
}
