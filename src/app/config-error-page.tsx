import { Code, Container, List, Stack, Text, Title } from '@mantine/core';
import type { ConfigurationProblem } from '@/config/runtime-config';
import { productName } from '@/components/layout/product-name';

interface ConfigErrorPageProps {
  readonly problems: readonly ConfigurationProblem[];
}

/** Shown instead of the app when the runtime configuration is missing or malformed. */
export function ConfigErrorPage({ problems }: ConfigErrorPageProps) {
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" role="alert">
        <Title order={1}>{productName} is not configured correctly</Title>
        <Text>
          The dashboard cannot start because these settings are missing or malformed. Ask the person
          who runs this deployment to fix them (see the README, section Configuration), then reload.
        </Text>
        <List spacing="xs">
          {problems.map((item) => (
            <List.Item key={`${item.setting}:${item.problem}`}>
              <Code>{item.setting}</Code> {item.problem}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Container>
  );
}
