import { Stack, Text } from '@mantine/core';
import { PageTitle } from '@/components/layout/page-title';

export function CustomersPage() {
  return (
    <Stack>
      <PageTitle>Customers</PageTitle>
      <Text c="dimmed">Pick a customer to see its device batches.</Text>
    </Stack>
  );
}
