// Bodies of the download endpoints, with the content types a static host would also send.

export function jsonResponse(value: unknown, pretty = false): Response {
  return new Response(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/**
 * A body made of pieces as they are read (a download of every report): never one string. The build
 * still holds the finished file's bytes, but not a UTF-16 copy of it nor the records it came from.
 */
export function streamResponse(chunks: Iterable<string>, contentType: string): Response {
  const pieces = chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

export const GZIP_TYPE = 'application/gzip';

/** Bytes as they are (a .csv.gz): a host may add Content-Encoding for .gz, the file stays gzip. */
export function bytesResponse(bytes: Uint8Array<ArrayBuffer>, contentType: string): Response {
  return new Response(bytes, { headers: { 'Content-Type': contentType } });
}
