import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says, in the header, that presenter mode is on: whoever is sharing their screen sees it. */
export function PresenterBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color="grape" tt="none">
      {t('presenter.badge')}
    </Badge>
  );
}
