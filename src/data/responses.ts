// Bodies of the download endpoints, with the content types a static host would also send.

export function jsonResponse(value: unknown, pretty = false): Response {
  return new Response(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
