import { Alert, Stack } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { IconClockPause, IconWifiOff } from '@tabler/icons-react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetryNotices } from '@/lib/api-client/retry-notices';
import print from './print.module.css';

const titleKeys = {
  throttled: 'connection.throttledTitle',
  'server-error': 'connection.serverErrorTitle',
  network: 'connection.networkTitle',
} as const;

/**
 * Banners above every page for the state of the connection: offline (clears itself when the
 * browser is back online) and a Partner Center retry being waited out, with a live countdown.
 * They are about the screen now, not the data: a printout leaves them out.
 */
export function ConnectionBanners({ notices }: { readonly notices: RetryNotices }) {
  const { t } = useTranslation();
  const { online } = useNetwork();
  const retry = useSyncExternalStore(notices.subscribe, notices.getSnapshot);
  const secondsLeft = useSecondsUntil(retry?.retryAt);

  if (online && !retry) return null;
  return (
    <Stack gap="xs" mb="md" className={print.screenOnly}>
      {!online && (
        <Alert
          color="yellow"
          icon={<IconWifiOff aria-hidden />}
          title={t('connection.offlineTitle')}
          role="status"
        >
          {t('connection.offlineBody')}
        </Alert>
      )}
      {retry && (
        <Alert
          color="yellow"
          icon={<IconClockPause aria-hidden />}
          title={t(titleKeys[retry.reason])}
          role="status"
        >
          {t('connection.retryingIn', { count: secondsLeft })}
        </Alert>
      )}
    </Stack>
  );
}

/** Whole seconds until a moment, ticking while there is one. */
function useSecondsUntil(moment: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (moment === undefined) return undefined;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 250);
    return () => {
      clearInterval(timer);
    };
  }, [moment]);
  return moment === undefined
    ? 0
    : Math.max(0, Math.ceil((moment - Math.max(now, moment - 3_600_000)) / 1000));
}
