import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  const location = useLocation();
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" align="flex-start">
        <Title order={2}>Page not found</Title>
        <Text>
          There is no page at <code>{location.pathname}</code>. The link may be mistyped or out of
          date.
        </Text>
        <Button component={Link} to={paths.customers.getHref()}>
          Go to customers
        </Button>
      </Stack>
    </Container>
  );
}
