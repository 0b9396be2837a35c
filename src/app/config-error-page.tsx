import { Code, Container, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorDiagnostics } from '@/components/errors/error-diagnostics';
import type { ConfigurationProblem } from '@/config/runtime-config';

interface ConfigErrorPageProps {
  readonly problems: readonly ConfigurationProblem[];
}

/** Shown instead of the app when the runtime configuration is missing or malformed. */
export function ConfigErrorPage({ problems }: ConfigErrorPageProps) {
  const { t } = useTranslation();
  const title = t('config.title', { product: t('productName') });
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" role="alert">
        <Title order={1}>{title}</Title>
        <Text>{t('config.body')}</Text>
        <List spacing="xs">
          {problems.map((item) => (
            <List.Item key={`${item.setting}:${item.problem}`}>
              <Code>{item.setting}</Code> {item.problem}
            </List.Item>
          ))}
        </List>
        <ErrorDiagnostics
          facts={{
            error: title,
            extra: problems.map((item) => ({ label: item.setting, value: item.problem })),
          }}
        />
      </Stack>
    </Container>
  );
}
