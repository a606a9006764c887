/**
 * The lines of a file (UTF-8), read as a stream: a file of hundreds of megabytes is never
 * one string. Line ends are \n or \r\n; the last line may lack one. A line longer than
 * `maxLine` characters throws: this reader is for files laid out in short lines.
 */
export async function* fileLines(file: Blob, maxLine = Infinity): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const parts = (rest + value).split('\n');
      rest = parts.pop()!;
      if (rest.length > maxLine)
        throw new Error(`a line of this file is over ${maxLine} characters`);
      for (const line of parts) yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    if (rest) yield rest;
  } finally {
    reader.releaseLock();
  }
}
