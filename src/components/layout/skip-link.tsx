import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusMainContent, mainContentId } from './main-content';
import classes from './skip-link.module.css';

/**
 * "Skip to main content": the first thing Tab reaches, past the header's controls. The click is
 * handled here rather than by the browser's fragment navigation, which would add a history entry
 * (a `#main-content` the router sees as a navigation) and, in some browsers, not move focus.
 */
export function SkipLink() {
  const { t } = useTranslation('shell');
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusMainContent();
  };
  return (
    <a href={`#${mainContentId}`} className={classes.link} onClick={skip}>
      {t('skipToContent')}
    </a>
  );
}
