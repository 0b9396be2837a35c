import { paths } from '@/config/paths';
import type { RememberedUpload } from './remembered-uploads';

/** The tracker's address for an upload: its first tracking id, its batch and its later tracking ids. */
export function trackerHref(upload: RememberedUpload): string {
  const laterTrackingIds = upload.requests
    .slice(1)
    .map((request) => request.trackingId)
    .filter((trackingId) => trackingId !== undefined);
  return paths.upload.getHref(upload.customerId, upload.uploadId, {
    batchId: upload.batchId,
    laterTrackingIds,
  });
}
