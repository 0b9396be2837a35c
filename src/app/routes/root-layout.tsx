import { AuthenticatedTemplate } from '@azure/msal-react';
import { Outlet } from 'react-router';
import { AccountMenu } from '@/components/auth/account-menu';
import { AppFrame } from '@/components/layout/app-frame';

/** The frame around every route. */
export function RootLayout() {
  return (
    <AppFrame
      account={
        <AuthenticatedTemplate>
          <AccountMenu />
        </AuthenticatedTemplate>
      }
    >
      <Outlet />
    </AppFrame>
  );
}
