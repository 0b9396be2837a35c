import { Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { diagnosticFacts } from '@/lib/diagnostics/diagnostic-facts';
import { ErrorDiagnostics } from './error-diagnostics';

export interface ErrorDetail {
  readonly label: string;
  readonly value: string;
}

interface ErrorPanelProps {
  readonly title: string;
  /** What went wrong and what to do about it, in plain words. */
  readonly description: ReactNode;
  /** Facts support asks for, such as the Partner Center request and correlation ids. */
  readonly details?: readonly ErrorDetail[];
  readonly onRetry?: () => void;
  readonly retryLabel?: string;
  /** Further actions, such as a link back to a safe page. */
  readonly actions?: ReactNode;
  /**
   * The failure, for the diagnostics (request, status, ids, message). Without one, the
   * diagnostics quote the title and the details.
   */
  readonly error?: unknown;
}

/**
 * The one way the dashboard shows a failure: what happened, what to do, the ids, a retry, and
 * diagnostics to copy for support.
 */
export function ErrorPanel({
  title,
  description,
  details = [],
  onRetry,
  retryLabel,
  actions,
  error,
}: ErrorPanelProps) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color="red"
      title={title}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
    >
      <Stack gap="sm">
        {/* A div, not a p: a page's description may be several paragraphs of its own. */}
        <Text size="sm" component="div">
          {description}
        </Text>
        {details.length > 0 && (
          <List size="sm" spacing={4} listStyleType="none">
            {details.map((detail) => (
              <List.Item key={detail.label}>
                {detail.label}: <Code>{detail.value}</Code>
              </List.Item>
            ))}
          </List>
        )}
        {(onRetry ?? actions) && (
          <Group gap="sm">
            {onRetry && (
              <Button size="xs" leftSection={<IconRefresh size={14} />} onClick={onRetry}>
                {retryLabel ?? t('errors.tryAgain')}
              </Button>
            )}
            {actions}
          </Group>
        )}
        <ErrorDiagnostics
          error={error}
          facts={error === undefined ? { error: title, extra: details } : diagnosticFacts(error)}
        />
      </Stack>
    </Alert>
  );
}
