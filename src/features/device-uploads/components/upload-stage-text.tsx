import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UploadStage } from '../results/summarise-upload';

/** Where the upload stands, in one sentence, announced to screen readers as it changes. */
export function UploadStageText({
  stage,
  status,
}: {
  readonly stage: UploadStage;
  readonly status: string;
}) {
  const { t } = useTranslation('deviceUploads');
  const [text, color, Icon] = ((): [string, string, typeof IconHourglass] => {
    switch (stage) {
      case 'starting':
        return [t('tracker.stage.starting'), 'blue', IconHourglass];
      case 'running':
        return [t('tracker.stage.running'), 'blue', IconHourglass];
      case 'finished':
        return [t('tracker.stage.finished'), 'green', IconCircleCheck];
      case 'finishedWithErrors':
        return [t('tracker.stage.finishedWithErrors'), 'orange', IconAlertTriangle];
      case 'unclear':
        return [t('tracker.stage.unclear', { status }), 'yellow', IconAlertTriangle];
    }
  })();
  return (
    <Alert
      variant="light"
      color={color}
      icon={<Icon aria-hidden />}
      role="status"
      aria-live="polite"
    >
      {text}
    </Alert>
  );
}
