import { Outlet, useLocation, useParams } from 'react-router';
import { AccountMenu } from '@/components/auth/account-menu';
import { AccountMenuItems } from '@/components/auth/account-menu-items';
import { AppFrame } from '@/components/layout/app-frame';
import { useNarrowHeader } from '@/components/layout/use-narrow-header';
import { usePageFocus } from '@/components/layout/use-page-focus';
import { usePageScroll } from '@/components/layout/use-page-scroll';
import { CustomerSwitcher } from '@/features/customers/components/customer-switcher';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { isDecodablePath } from '../navigation/is-decodable-path';
import { NotFoundPage } from './not-found-page';

/**
 * The frame around every route; customer pages get the customer switcher in the header. A new
 * page opens at its top with focus on its heading; an address with a malformed escape is not found.
 */
export function RootLayout() {
  const { customerId } = useParams();
  const { pathname } = useLocation();
  const presenter = usePresenterMode();
  const signedIn = useAuthStatus().account !== null;
  const narrow = useNarrowHeader();
  usePageScroll();
  usePageFocus();
  const found = isDecodablePath(pathname);
  return (
    <AppFrame
      customerSwitcher={
        signedIn &&
        found &&
        customerId !== undefined &&
        !presenter.active && <CustomerSwitcher compact={narrow} />
      }
      account={signedIn && <AccountMenu />}
      accountItems={signedIn && <AccountMenuItems withName />}
    >
      {found ? <Outlet /> : <NotFoundPage />}
    </AppFrame>
  );
}
