import { Container } from '@mantine/core';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { ErrorPanel } from '@/components/errors/error-panel';
import { NotFoundPage } from './not-found-page';

/** The route-level boundary: a failed page shows a message and a retry inside the app frame. */
export function RouteErrorPage() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <Container size="sm" py="xl">
      <ErrorPanel
        title="This page could not be shown"
        description="Something unexpected stopped this page. Try again; your place in the dashboard is kept."
        details={[{ label: 'Error', value: message }]}
        onRetry={() => {
          void navigate(location, { replace: true });
        }}
      />
    </Container>
  );
}
