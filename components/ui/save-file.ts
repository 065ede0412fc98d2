// Hands a file made or fetched by script to the browser's downloads: one way for every "Download" and
// "CSV" button (a report fetched from the server, a chart's table made in the browser).
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the click has handed the file to the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Text made in the browser (a chart's CSV) as a file, without a round trip to the server. */
export function saveText(text: string, fileName: string, type = "text/csv;charset=utf-8"): void {
  saveBlob(new Blob([text], { type }), fileName);
}
