import type { CsvFile } from '../../../../../core/contract';

/**
 * Saves a report the server made. The content already starts with the byte-order mark; a Blob
 * of a string is encoded as UTF-8, so the file is exactly what the server meant.
 */
export function downloadFile(file: CsvFile): void {
  const blob = new Blob([file.content], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
