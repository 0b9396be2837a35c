import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { ErrorPanel } from '@/components/errors/error-panel';
import { NotFoundPage } from './not-found-page';

/** The route-level boundary: a failed page shows a message and a retry inside the app frame. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const message = error instanceof Error ? error.message : String(error);
  return (
    <Container size="sm" py="xl">
      <ErrorPanel
        title={t('errors.pageFailed')}
        description={t('errors.pageFailedHelp')}
        details={[{ label: t('errors.errorLabel'), value: message }]}
        error={error}
        onRetry={() => {
          void navigate(location, { replace: true });
        }}
      />
    </Container>
  );
}
