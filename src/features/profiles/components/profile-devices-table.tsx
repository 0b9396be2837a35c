import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MissingValue } from '@/components/data-display/missing-value';
import { paths } from '@/config/paths';
import type { ProfileDeviceRow } from '../profile-device-row';
import classes from './profiles.module.css';

/** Rows added per "Show more": a long list stays quick to render, and each step is one click. */
export const profileDevicesStep = 200;

interface ProfileDevicesTableProps {
  readonly customerId: string;
  /** The profile as named on screen, for the table's name. */
  readonly profileName: string;
  readonly rows: readonly ProfileDeviceRow[];
}

function Value({ value }: { readonly value: string | undefined }) {
  return <Table.Td className={classes.cell}>{value ?? <MissingValue />}</Table.Td>;
}

/**
 * The devices that use a profile: serial number, model, manufacturer and the batch that holds
 * each (a link to that batch's devices page). All values are text, never markup. The first 200
 * are shown, and more on request, so a profile of 10,000 devices does not put 10,000 rows on the
 * page at once. Wide columns scroll inside their own box on a phone.
 */
export function ProfileDevicesTable({ customerId, profileName, rows }: ProfileDevicesTableProps) {
  const { t, i18n } = useTranslation('profiles');
  const format = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const [shownCount, setShownCount] = useState(profileDevicesStep);
  if (rows.length === 0) return null;
  const shown = rows.slice(0, shownCount);
  const more = Math.min(profileDevicesStep, rows.length - shown.length);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover aria-label={t('devices.tableLabel', { name: profileName })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('devices.serialNumber')}</Table.Th>
              <Table.Th scope="col">{t('devices.model')}</Table.Th>
              <Table.Th scope="col">{t('devices.manufacturer')}</Table.Th>
              <Table.Th scope="col">{t('devices.batch')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={`${row.batchId}\n${row.id}`}>
                {row.serialNumber ? (
                  <Table.Td className={classes.cell}>{row.serialNumber}</Table.Td>
                ) : (
                  <Table.Td className={`${classes.cell} ${classes.muted}`}>
                    {t('devices.hashOnly', { id: row.id })}
                  </Table.Td>
                )}
                <Value value={row.modelName} />
                <Value value={row.manufacturer} />
                <Table.Td className={classes.cell}>
                  <Anchor
                    component={Link}
                    to={paths.devices.getHref(customerId, row.batchId)}
                    size="sm"
                  >
                    {row.batchId}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {more > 0 && (
        <Group gap="sm">
          <Text size="sm" className={classes.muted}>
            {t('devices.showing', { shown: format(shown.length), total: format(rows.length) })}
          </Text>
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              setShownCount(shownCount + profileDevicesStep);
            }}
          >
            {t('devices.showMore', { more: format(more) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
