// Print and view settings SheetJS 0.20.3 (community) does not write: it writes `!margins` and
// `!cols`, but ignores `!freeze`/views panes and has no `pageSetup`. So the written zip is opened
// with SheetJS's own CFB (zip) module and three elements are added to each table sheet's XML, in
// the places the OOXML schema orders them:
//   <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>       before <dimension> (first child)
//   <pane ySplit=… state="frozen"/> in the <sheetView>     header rows frozen
//   <pageSetup paperSize="9" orientation="portrait" …/>   after <pageMargins>: A4 portrait, one page wide
// The output of this pinned SheetJS version is fixed, and the tests read these settings back with
// ExcelJS, so a change in SheetJS output fails a test rather than silently dropping them.
import { CFB } from '@e965/xlsx';

export interface SheetPageSetup {
  /** 1-based sheet number in workbook order (xl/worksheets/sheetN.xml). */
  sheet: number;
  /** Rows frozen at the top (the header row and everything above it). */
  frozenRows: number;
}

interface CfbEntry {
  content: Uint8Array;
  size: number;
}
interface CfbContainer {
  FullPaths: string[];
  FileIndex: CfbEntry[];
}

function patchSheetXml(xml: string, frozenRows: number): string {
  const top = `A${frozenRows + 1}`;
  const pane =
    `<sheetView workbookViewId="0"><pane ySplit="${frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView>`;
  return xml
    .replace(/<dimension /, '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ')
    .replace(/<sheetView workbookViewId="0"\/>/, pane)
    .replace(
      /(<pageMargins[^>]*\/>)/,
      '$1<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>',
    );
}

/** Adds A4 portrait page setup, fit to one page wide, and frozen header rows to the given sheets. */
export function addPageSetup(xlsx: Uint8Array, sheets: readonly SheetPageSetup[]): Uint8Array {
  const zip = CFB.read(xlsx, { type: 'buffer' }) as CfbContainer;
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const { sheet, frozenRows } of sheets) {
    const index = zip.FullPaths.findIndex((p) => p.endsWith(`/xl/worksheets/sheet${sheet}.xml`));
    const entry = zip.FileIndex[index];
    if (!entry) throw new Error(`xl/worksheets/sheet${sheet}.xml missing in SheetJS output`);
    const content = encoder.encode(patchSheetXml(decoder.decode(entry.content), frozenRows));
    entry.content = content;
    entry.size = content.length;
  }
  const out = CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>;
  // Node returns a Buffer, browsers a Uint8Array or number[]: always hand back a plain Uint8Array.
  return Uint8Array.from(out);
}
