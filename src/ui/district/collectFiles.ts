// Files of a drop: plain files, and every file inside dropped folders (recursively), keeping only
// exchange files (.xlsx, .json) so a folder with other documents can be dropped as it is.
const WANTED = /\.(xlsx|json)$/i;

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function filesOfEntry(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    if (WANTED.test(file.name)) out.push(file);
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most 100 entries per call: read until it returns none.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader))
    for (const child of batch) await filesOfEntry(child, out);
}

export async function filesOfDrop(data: DataTransfer): Promise<File[]> {
  const out: File[] = [];
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return [...data.files].filter((f) => WANTED.test(f.name));
  for (const entry of entries) await filesOfEntry(entry, out);
  return out;
}

export const wantedFiles = (files: Iterable<File>): File[] => [...files].filter((f) => WANTED.test(f.name));
