import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';

// Placeholder: the page is being built (issue 15).
export default function Page() {
  return <ContentLayout header={<Header variant="h1">Activities</Header>}>Coming soon.</ContentLayout>;
}
