import { useTranslation } from 'react-i18next';
import { JobStageAlert } from '@/components/batch-job/job-stage-alert';
import type { JobStage } from '@/lib/partner-center/batch-job-summary';

/** Where the upload stands, in one sentence, announced to screen readers as it changes. */
export function UploadStageText({
  stage,
  status,
}: {
  readonly stage: JobStage;
  readonly status: string;
}) {
  const { t } = useTranslation('deviceUploads');
  const text = (() => {
    switch (stage) {
      case 'starting':
        return t('tracker.stage.starting');
      case 'running':
        return t('tracker.stage.running');
      case 'finished':
        return t('tracker.stage.finished');
      case 'finishedWithErrors':
        return t('tracker.stage.finishedWithErrors');
      case 'unclear':
        return t('tracker.stage.unclear', { status });
    }
  })();
  return <JobStageAlert stage={stage}>{text}</JobStageAlert>;
}
