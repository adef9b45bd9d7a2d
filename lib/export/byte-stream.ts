/**
 * A web stream of UTF-8 bytes that pulls the next chunk only when the reader
 * asks for one, so a slow download holds back the database reads too; a
 * cancelled download ends the generator (and whatever it holds open).
 */
export function toByteStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
