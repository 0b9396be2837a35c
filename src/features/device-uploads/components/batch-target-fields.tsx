import { Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maxBatchNameLength, type BatchNameProblem } from '../batch-name';
import type { TargetChoice } from '../upload-target-choice';

interface BatchTargetFieldsProps {
  readonly choice: TargetChoice;
  readonly onChange: (choice: TargetChoice) => void;
  /** The customer's batch names; undefined while they load. */
  readonly existingNames: readonly string[] | undefined;
  readonly nameProblem: BatchNameProblem | undefined;
  /** Show problems only once the person has typed or tried to go on. */
  readonly showProblems: boolean;
  readonly disabled: boolean;
}

/** New batch (with its name checked as it is typed) or one of the customer's batches. */
export function BatchTargetFields(props: BatchTargetFieldsProps) {
  const { choice, onChange, existingNames, nameProblem, showProblems, disabled } = props;
  const { t } = useTranslation('deviceUploads');
  const describeName = (problem: BatchNameProblem): string => {
    switch (problem) {
      case 'empty':
        return t('target.nameProblems.empty');
      case 'too-long':
        return t('target.nameProblems.tooLong', { max: maxBatchNameLength });
      case 'control-characters':
        return t('target.nameProblems.controlCharacters');
      case 'taken':
        return t('target.nameProblems.taken', { name: choice.newName.trim() });
    }
  };
  const nameError = showProblems && nameProblem ? describeName(nameProblem) : undefined;
  // A batch named in the address (`?batch=`) that this customer does not have is said at once.
  const missingExisting =
    choice.kind === 'existing-batch' &&
    choice.existingId !== undefined &&
    existingNames !== undefined &&
    !existingNames.includes(choice.existingId);
  let existingError: string | undefined;
  if (missingExisting) {
    existingError = t('target.existingMissing', { name: choice.existingId });
  } else if (showProblems && choice.kind === 'existing-batch' && !choice.existingId) {
    existingError = t('target.chooseExisting');
  }

  return (
    <Radio.Group
      label={t('target.legend')}
      value={choice.kind}
      onChange={(kind) => {
        onChange({ ...choice, kind: kind === 'existing-batch' ? 'existing-batch' : 'new-batch' });
      }}
    >
      <Stack gap="sm" mt="xs">
        <Radio value="new-batch" label={t('target.newBatch')} disabled={disabled} />
        {choice.kind === 'new-batch' && (
          <TextInput
            ml="xl"
            label={t('target.name')}
            description={t('target.nameHint')}
            value={choice.newName}
            maxLength={maxBatchNameLength + 50}
            disabled={disabled}
            error={nameError}
            onChange={(event) => {
              onChange({ ...choice, newName: event.currentTarget.value });
            }}
          />
        )}
        <Radio
          value="existing-batch"
          label={t('target.existingBatch')}
          disabled={disabled || existingNames?.length === 0}
        />
        {existingNames?.length === 0 && (
          <Text size="sm" c="dimmed" ml="xl">
            {t('target.noBatches')}
          </Text>
        )}
        {choice.kind === 'existing-batch' && (
          <Select
            ml="xl"
            label={t('target.existing')}
            placeholder={
              existingNames ? t('target.existingPlaceholder') : t('target.loadingBatches')
            }
            data={existingNames ?? []}
            value={missingExisting ? null : (choice.existingId ?? null)}
            searchable
            disabled={disabled || !existingNames}
            error={existingError}
            onChange={(value) => {
              onChange({ ...choice, existingId: value ?? undefined });
            }}
          />
        )}
      </Stack>
    </Radio.Group>
  );
}
