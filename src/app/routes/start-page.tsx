import { useIsAuthenticated } from '@azure/msal-react';
import { Button, Container, List, Stack, Text, Title } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { productName } from '@/components/layout/product-name';
import { SignInProblem } from '@/components/auth/sign-in-problem';
import { useAuthSession } from '@/lib/auth/auth-session';
import { describeSignInError, signInUnreachable } from '@/lib/auth/describe-sign-in-error';
import { useSignIn } from '@/lib/auth/use-sign-in';

/** The front door: signed-in users go straight to their customers, others are invited to sign in. */
export function StartPage() {
  const isAuthenticated = useIsAuthenticated();
  const { redirectError, authority } = useAuthSession();
  const { signIn, unreachable } = useSignIn();

  if (isAuthenticated) return <Navigate to={paths.customers.getHref()} replace />;
  if (unreachable) {
    return <SignInProblem problem={signInUnreachable(authority)} onRetry={() => void signIn()} />;
  }
  if (redirectError !== null) {
    return (
      <SignInProblem
        problem={describeSignInError(redirectError, authority)}
        onRetry={() => void signIn()}
      />
    );
  }
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg" align="flex-start">
        <Title order={2}>Welcome to {productName}</Title>
        <Text>
          See the zero-touch Windows device batches of your Partner Center customers: their status,
          when they were created and every device in them.
        </Text>
        <List size="sm">
          <List.Item>Sign in with your work account (Microsoft Entra ID).</List.Item>
          <List.Item>You need the Admin agent or Sales agent role in Partner Center.</List.Item>
        </List>
        <Button size="md" leftSection={<IconLogin size={18} />} onClick={() => void signIn()}>
          Sign in
        </Button>
      </Stack>
    </Container>
  );
}
