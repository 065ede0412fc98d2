// Hands a file fetched by script to the browser's downloads, under the name the server gave it.
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
