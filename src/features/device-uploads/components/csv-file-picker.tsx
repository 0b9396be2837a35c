import { Button, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxCsvBytes } from '../csv/decode-csv-bytes';
import classes from './csv-file-picker.module.css';

interface CsvFilePickerProps {
  readonly file: File | undefined;
  readonly onFile: (file: File) => void;
  readonly disabled?: boolean;
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * Where the CSV comes in: dropped on the zone, or chosen with the file dialog (keyboard and screen
 * readers use the real file input under the button). Only the first of several dropped files is
 * read, and the page says so.
 */
export function CsvFilePicker({ file, onFile, disabled = false }: CsvFilePickerProps) {
  const { t, i18n } = useTranslation('deviceUploads');
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const [droppedMany, setDroppedMany] = useState(false);

  const take = (files: FileList | null) => {
    const [first] = files ?? [];
    if (!first) return;
    setDroppedMany((files?.length ?? 0) > 1);
    onFile(first);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) take(event.dataTransfer.files);
  };
  const size = file
    ? new Intl.NumberFormat(i18n.language, {
        style: 'unit',
        unit: 'kilobyte',
        maximumFractionDigits: 0,
      }).format(Math.max(1, Math.round(file.size / 1024)))
    : '';

  return (
    <div
      className={classes.zone}
      data-dragging={dragging || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => {
        setDragging(false);
      }}
      onDrop={onDrop}
    >
      <Stack align="center" gap="xs">
        <IconFileUpload size={32} aria-hidden />
        <Text fw={500}>{file ? t('file.chosen', { name: file.name, size }) : t('file.drop')}</Text>
        <input
          id={inputId}
          className={classes.input}
          type="file"
          accept=".csv,text/csv,text/plain"
          disabled={disabled}
          onChange={(event) => {
            take(event.currentTarget.files);
            event.currentTarget.value = ''; // choosing the same file again reads it again
          }}
        />
        <Button component="label" htmlFor={inputId} variant="light" disabled={disabled}>
          {file ? t('file.chooseAnother') : t('file.choose')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('file.hint', { maxMegabytes: megabytes(maxCsvBytes) })}
        </Text>
        {droppedMany && file && (
          <Text size="sm" role="status">
            {t('file.onlyOne', { name: file.name })}
          </Text>
        )}
      </Stack>
    </div>
  );
}
