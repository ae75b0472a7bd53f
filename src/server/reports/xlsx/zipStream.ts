import { Zip, ZipDeflate } from 'fflate';

/** A file of the archive; its content is produced piece by piece, when the archive gets to it. */
export type ZipEntry = { name: string; content: Iterable<string> };

const PUSH_BYTES = 64 * 1024;

/**
 * A ZIP archive as a lazy stream of chunks (fflate's streaming Zip + ZipDeflate): each entry's text is
 * deflated as it is produced and handed on, so memory holds about one 64 KB piece, not the file.
 * Pulled through Readable.from, the consumer's pace sets the producer's.
 */
export function* zipChunks(entries: Iterable<ZipEntry>): Generator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  const encoder = new TextEncoder();
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    while (out.length > 0) yield out.shift() as Uint8Array;
  }
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    zip.add(file);
    let pending = '';
    for (const piece of entry.content) {
      pending += piece;
      if (pending.length >= PUSH_BYTES) {
        file.push(encoder.encode(pending));
        pending = '';
        yield* drain();
      }
    }
    file.push(encoder.encode(pending), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
