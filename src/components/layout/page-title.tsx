import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './page-heading';

interface PageTitleProps {
  readonly children: string;
  /** Extra context for the browser tab and bookmarks, e.g. the customer's name. */
  readonly context?: string;
}

/** A page's heading, also used as the browser tab's title so bookmarks are named well. */
export function PageTitle({ children, context }: PageTitleProps) {
  const { t } = useTranslation();
  useDocumentTitle([children, context, t('productName')].filter(Boolean).join(' · '));
  return <PageHeading>{children}</PageHeading>;
}
