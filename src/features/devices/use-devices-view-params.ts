import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  readDevicesViewParams,
  writeDevicesViewParams,
  type DevicesViewParams,
} from './devices-view-params';

/**
 * The table's search, filters and sort as the URL holds them (the same object until the URL
 * changes), and a way to change them. Changes replace the history entry, so typing a search does
 * not fill the back button.
 */
export function useDevicesViewParams(): [
  DevicesViewParams,
  (change: Partial<DevicesViewParams>) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readDevicesViewParams(searchParams), [searchParams]);
  const update = useCallback(
    (change: Partial<DevicesViewParams>) => {
      setSearchParams((current) => writeDevicesViewParams(current, change), { replace: true });
    },
    [setSearchParams],
  );
  return [params, update];
}
