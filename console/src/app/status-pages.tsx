import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import type { ConsolePage } from './pages';

export function NotAllowedPage({ page }: { page: ConsolePage }) {
  return (
    <ContentLayout header={<Header variant="h1">{page.title}</Header>}>
      <Alert type="warning" header="You do not have access to this page">
        It needs {page.requires.map((p) => `"${p}"`).join(' and ')}, which none of your roles grant. Ask an
        administrator if you need it.
      </Alert>
    </ContentLayout>
  );
}

export function NotFoundPage() {
  return (
    <ContentLayout header={<Header variant="h1">Page not found</Header>}>
      <Alert type="info">There is no console page at this address. Use the navigation to find what you need.</Alert>
    </ContentLayout>
  );
}
