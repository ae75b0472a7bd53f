import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../testing/readXlsx';
import { columnName, escapeXml } from './sheetXml';
import { sheetNames, xlsxChunks, type XlsxRow } from './writeXlsx';

const concat = (chunks: Iterable<Uint8Array>) => Buffer.concat([...chunks].map((c) => Buffer.from(c)));

describe('xlsx writer', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %i %s', (index, name) => {
    expect(columnName(index)).toBe(name);
  });

  it.each([
    [
      ['Sessions by day', 'Sessions by day'],
      ['Sessions by day', 'Sessions by day (2)'],
    ],
    [['A very long sheet name that goes on and on'], ['A very long sheet name that goe']],
    [['What? [draft]: a/b'], ['What   draft   a b']],
    [
      ["'quoted'", ''],
      ['quoted', 'Sheet 2'],
    ],
    [['Сесије по полу и узрасту – недеља'], ['Сесије по полу и узрасту – неде']],
  ])('makes valid, unique sheet names of %j', (wanted, names) => {
    expect(sheetNames(wanted)).toEqual(names);
  });

  it('escapes XML and drops characters XML forbids', () => {
    expect(escapeXml('a < b & "c" > d\u0001\u0008e')).toBe('a &lt; b &amp; &quot;c&quot; &gt; de');
  });

  it('writes a workbook that reads back: names, frozen rows, numbers, text, percentages', () => {
    const rows: XlsxRow[] = [
      { cells: ['Title'], isBold: true },
      { cells: ['Day', 'Sessions', 'Share'], isBold: true },
      { cells: ['2026-11-16', 12, { share: 0.25 }] },
      { cells: ['<total> & more', 0, null] },
    ];
    const { files, sheets } = readXlsx(
      concat(
        xlsxChunks([
          { name: 'One', rows, frozenRows: 2 },
          { name: 'Two', rows: [], frozenRows: 0 },
        ]),
      ),
    );
    expect(files.sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(sheets.map((s) => [s.name, s.frozenRows])).toEqual([
      ['One', 2],
      ['Two', 0],
    ]);
    expect(sheets[0]!.rows).toEqual([
      ['Title'],
      ['Day', 'Sessions', 'Share'],
      ['2026-11-16', 12, 0.25],
      ['<total> & more', 0],
    ]);
    expect(sheets[0]!.percentCells).toBe(1);
  });

  it('streams: a big sheet comes out in many chunks, produced only as they are read', () => {
    let produced = 0;
    function* manyRows(): Generator<XlsxRow> {
      for (let i = 0; i < 200_000; i++) {
        produced++;
        yield { cells: [`row ${i} ${'x'.repeat(20)}`, i] };
      }
    }
    const chunks = xlsxChunks([{ name: 'Big', rows: manyRows(), frozenRows: 1 }]);
    const first = chunks.next();
    if (first.done) throw new Error('no chunk');
    expect(produced).toBe(0); // the content types come first; no row has been made yet
    let count = 1;
    let bytes = first.value.length;
    let producedWhenHalfway = -1;
    const all = [first.value];
    for (const chunk of chunks) {
      all.push(chunk);
      bytes += chunk.length;
      if (++count === 20) producedWhenHalfway = produced;
    }
    expect(count).toBeGreaterThan(40);
    expect(producedWhenHalfway).toBeGreaterThan(0);
    expect(producedWhenHalfway).toBeLessThan(200_000);
    const sheet = strFromU8(unzipSync(concat(all))['xl/worksheets/sheet1.xml']!);
    expect(sheet.match(/<row /g)).toHaveLength(200_000);
    expect(bytes).toBeLessThan(sheet.length / 4);
  });
});
