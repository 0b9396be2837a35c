import { Center, Loader, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code loads, before the router can render it; announced politely. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack role="status" align="center">
        <Loader aria-hidden />
        <VisuallyHidden>{t('frame.loadingPage')}</VisuallyHidden>
      </Stack>
    </Center>
  );
}
