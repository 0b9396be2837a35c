import { Button, Container, List, Stack, Text } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { SignInProblem } from '@/components/auth/sign-in-problem';
import { PageHeading } from '@/components/layout/page-heading';
import { useAuthSession } from '@/lib/auth/auth-session';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { useSignIn } from '@/lib/auth/use-sign-in';

/** The front door: signed-in users go straight to their customers, others are invited to sign in. */
export function StartPage() {
  const { t } = useTranslation();
  const isAuthenticated = useAuthStatus().account !== null;
  const { redirectProblem, authority } = useAuthSession();
  const { signIn, unreachable } = useSignIn();
  if (isAuthenticated) return <Navigate to={paths.customers.getHref()} replace />;
  if (unreachable || redirectProblem !== null) {
    return (
      <SignInProblem
        problem={unreachable || !redirectProblem ? { kind: 'unreachable' } : redirectProblem}
        authority={authority}
        onRetry={() => void signIn()}
      />
    );
  }
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg" align="flex-start">
        <PageHeading>{t('start.welcome', { product: t('productName') })}</PageHeading>
        <Text>{t('start.intro')}</Text>
        <List size="sm">
          <List.Item>{t('start.signInWith')}</List.Item>
          <List.Item>{t('start.rolesNeeded')}</List.Item>
        </List>
        <Button size="md" leftSection={<IconLogin size={18} />} onClick={() => void signIn()}>
          {t('start.signIn')}
        </Button>
      </Stack>
    </Container>
  );
}
