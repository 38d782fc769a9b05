/**
 * Saving an export to disk through an <a download> link to a blob: no "downloads" permission,
 * and nothing leaves the machine.
 */
import type { ExportFile } from './export-markdown';

export function downloadFile(doc: Document, file: ExportFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The browser has read the blob once the click's download started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
