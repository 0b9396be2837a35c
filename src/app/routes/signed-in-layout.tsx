import { Outlet } from 'react-router';
import { RequireSignIn } from '@/components/auth/require-sign-in';

/** Every customer page requires a signed-in user. */
export function SignedInLayout() {
  return (
    <RequireSignIn>
      <Outlet />
    </RequireSignIn>
  );
}
