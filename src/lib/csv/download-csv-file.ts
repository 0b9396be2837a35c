/**
 * Hands a CSV document built in the browser to the user as a download named `fileName`. Nothing
 * leaves the browser: the file is a blob URL, revoked once the click has been handled.
 */
export function downloadCsvFile(csv: string, fileName: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
