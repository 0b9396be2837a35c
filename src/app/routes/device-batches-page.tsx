import { Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { PageTitle } from '@/components/layout/page-title';

export function DeviceBatchesPage() {
  const { customerId = '' } = useParams();
  return (
    <Stack>
      <PageTitle>Device batches</PageTitle>
      <Text c="dimmed">Customer {customerId}</Text>
    </Stack>
  );
}
