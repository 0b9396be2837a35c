import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/errors/api-error-panel';
import { ErrorPanel } from '@/components/errors/error-panel';
import { BackToBatchesButton } from './back-to-batches-button';

interface BatchNotFoundProps {
  readonly customerId: string;
  readonly batchId: string;
  /** Partner Center's 404, when it said so itself; absent when the batch is missing from the list. */
  readonly error?: unknown;
}

/** A batch that does not exist (any more): says so, and leads back to the customer's batches. */
export function BatchNotFound({ customerId, batchId, error }: BatchNotFoundProps) {
  const { t } = useTranslation('devices');
  const title = t('notFound.title');
  const description = t('notFound.body', { batch: batchId });
  const back = <BackToBatchesButton customerId={customerId} />;
  return error === undefined ? (
    <ErrorPanel title={title} description={description} actions={back} />
  ) : (
    <ApiErrorPanel error={error} title={title} description={description} actions={back} />
  );
}
