/** Saves text as a file through a Blob URL and an `<a download>`: no `downloads` permission needed. */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by the time the click returns; keep it a moment for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
