import { Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { PageTitle } from '@/components/layout/page-title';

export function DevicesPage() {
  const { customerId = '', batchId = '' } = useParams();
  return (
    <Stack>
      <PageTitle>Devices</PageTitle>
      <Text c="dimmed">
        Batch {batchId} of customer {customerId}
      </Text>
    </Stack>
  );
}
