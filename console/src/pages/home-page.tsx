import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { dataOf } from '../api/client';
import { href, useFollow } from '../app/links';
import { ErrorAlert, Loading } from '../app/page-states';
import { useApi, useSession } from '../app/session';
import { useLoad } from '../app/use-load';

const TEAMS = ['care-team', 'front-desk', 'outreach-team'] as const;

/** A count of what waits for the caller, as a link to the page where it is worked. */
function Tile(props: {
  title: string;
  load: () => Promise<{ count: number; more: boolean }>;
  to: string;
  what: string;
}) {
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
          <Link href={href(props.to)} onFollow={follow}>
            {data?.count ? `Open ${props.what}` : `No ${props.what} — view the page`}
          </Link>
        </SpaceBetween>
      )}
    </Container>
  );
}

/** What needs the signed-in person now, each a link to where it is dealt with. */
export default function HomePage() {
  const session = useSession();
  const api = useApi();
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
