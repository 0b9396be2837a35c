import { maskEmailAddresses } from '@/lib/presenter/mask-email-addresses';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';

/**
 * Free text typed by people (a profile's name or description) as the screen may show it. Nothing
 * on the profiles pages is secret but people's email addresses, which such text may hold: presenter
 * mode keeps only their domain, as it does elsewhere. Form fields show the real text: whoever edits
 * a profile must see what they change.
 */
export function useShownText(): (text: string) => string {
  const { active } = usePresenterMode();
  return (text) => (active ? maskEmailAddresses(text) : text);
}
