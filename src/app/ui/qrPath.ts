/** The modules of a QR code: `size` × `size`, `get(x, y)` true for a dark module. */
export type QrMatrix = { readonly size: number; get(x: number, y: number): boolean };

/** One SVG path for all dark modules, one rectangle per horizontal run (no markup strings, no data: URL). */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < matrix.size; y++) {
    let x = 0;
    while (x < matrix.size) {
      if (!matrix.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < matrix.size && matrix.get(x, y)) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}
