import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '@/components/status/loading-status';

/** Shown while a page's code loads, before the router can render it. */
export function PageLoading() {
  const { t } = useTranslation();
  return <LoadingStatus label={t('frame.loadingPage')} />;
}
