import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  isKnownRelationshipToPartner,
  type KnownRelationshipToPartner,
} from '@/lib/partner-center/customer-schema';

const colours: Record<KnownRelationshipToPartner, MantineColor> = {
  reseller: 'blue',
  advisor: 'grape',
  syndication: 'teal',
  microsoft_support: 'cyan',
  none: 'gray',
  unknown: 'gray',
};

/** The partner's relationship to a customer: known values in words, a new one as it came. */
export function RelationshipBadge({ relationship }: { readonly relationship: string | undefined }) {
  const { t } = useTranslation('customers');
  if (relationship === undefined || relationship === '') return null;
  const known = isKnownRelationshipToPartner(relationship);
  return (
    <Badge variant="light" color={known ? colours[relationship] : 'gray'} tt="none">
      {known ? t(`relationship.${relationship}`) : relationship}
    </Badge>
  );
}
