import { Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" align="flex-start">
        <PageHeading>{t('notFound.title')}</PageHeading>
        <Text>{t('notFound.body', { path: location.pathname })}</Text>
        <Button component={Link} to={paths.customers.getHref()}>
          {t('notFound.goToCustomers')}
        </Button>
      </Stack>
    </Container>
  );
}
