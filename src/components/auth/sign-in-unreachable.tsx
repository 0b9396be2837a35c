import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuthSession } from '@/lib/auth/auth-session';

/** Beside a sign-in button whose click found the identity provider unreachable. */
export function SignInUnreachable() {
  const { t } = useTranslation();
  const { authority } = useAuthSession();
  return (
    <Text size="sm" role="status">
      {t('auth.unreachableBody', { authority })}
    </Text>
  );
}
