import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/errors/error-panel';

/**
 * Shown instead of the app when it cannot start, e.g. MSAL's chunk did not load (offline, or a new
 * release replaced the files): what happened, a reload, and the diagnostics.
 */
export function StartupErrorPage({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <ErrorPanel
        title={t('startup.title')}
        description={t('startup.body')}
        error={error}
        retryLabel={t('startup.reload')}
        onRetry={() => {
          window.location.reload();
        }}
      />
    </Container>
  );
}
