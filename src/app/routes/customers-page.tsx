import '../styles/mantine-customers.css';
import { Alert, Stack, Text } from '@mantine/core';
import { IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '@/components/layout/page-title';
import { CustomerPicker } from '@/features/customers/components/customer-picker';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';

/** `/customers?q=…`: pick a customer. The search is in the URL, so a bookmark restores it. */
export function CustomersPage() {
  const { t } = useTranslation('customers');
  const { t: common } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q')?.trim() ?? '';
  const presenter = usePresenterMode();

  if (presenter.active) {
    return (
      <Stack gap="lg" maw={960}>
        <PageTitle>{t('page.title')}</PageTitle>
        <Alert
          color="grape"
          icon={<IconPresentation aria-hidden />}
          title={common('presenter.listHiddenTitle')}
        >
          {common('presenter.listHiddenBody')}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <PageTitle>{t('page.title')}</PageTitle>
        <Text>{t('page.intro')}</Text>
      </Stack>
      <CustomerPicker
        search={search}
        onSearchChange={(next) => {
          setSearchParams(
            (current) => {
              const params = new URLSearchParams(current);
              if (next === '') params.delete('q');
              else params.set('q', next);
              return params;
            },
            { replace: true },
          );
        }}
        browseAll
        focusShortcuts
      />
    </Stack>
  );
}
