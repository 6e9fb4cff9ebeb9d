import qrcode from 'qrcode-generator';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path of all dark modules, in module units (1 × 1 squares). */
  path: string;
}

/**
 * The QR modules of a text as a single path: one element instead of hundreds of rects, built from
 * the matrix (never an HTML string). Error correction M survives a weathered print on a site board.
 */
export function qrMatrix(text: string): QrMatrix {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.isDark(row, col)) continue;
      // Merge a run of dark modules in the row into one rectangle.
      let end = col;
      while (end + 1 < size && qr.isDark(row, end + 1)) end++;
      parts.push(`M${col} ${row}h${end - col + 1}v1h-${end - col + 1}z`);
      col = end;
    }
  }
  return { size, path: parts.join('') };
}
