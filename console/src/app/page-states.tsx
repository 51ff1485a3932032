import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import type { ReactNode } from 'react';
import { ApiProblem, describeError } from '../api/problem';

export function Loading({ what }: { what: string }) {
  return (
    <div role="status">
      <Box textAlign="center" padding="l">
        <Spinner size="large" /> <Box variant="span">Loading {what}…</Box>
      </Box>
    </div>
  );
}

/** An API problem as a busy person reads it: the title, the detail, and every field-level message. */
export function ErrorAlert({ error, onRetry, header }: { error: unknown; onRetry?: () => void; header?: string }) {
  const fields = error instanceof ApiProblem ? error.errors : [];
  return (
    <Alert
      type="error"
      header={header ?? (error instanceof ApiProblem && error.status === 403 ? 'Not allowed' : 'Something went wrong')}
      action={onRetry ? <Button onClick={onRetry}>Retry</Button> : undefined}
    >
      <SpaceBetween size="xs">
        <span>{describeError(error)}</span>
        {fields.length > 0 && (
          <ul>
            {fields.map((field) => (
              <li key={`${field.in ?? ''}${field.pointer}${field.detail}`}>
                <code>{field.pointer || '/'}</code>: {field.detail}
              </li>
            ))}
          </ul>
        )}
      </SpaceBetween>
    </Alert>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Box textAlign="center" color="inherit" padding="m">
      <b>{title}</b>
      {children && (
        <Box variant="p" color="inherit">
          {children}
        </Box>
      )}
    </Box>
  );
}
