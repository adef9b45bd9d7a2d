// A minimal RFC 4180 reader for the tests only: quoted fields may hold commas,
// doubled quotes and line breaks; records end with CRLF or LF. A leading
// byte-order mark is read past, as csv-parse and spreadsheets do.
export function parseCsv(withBom: string): string[][] {
  const text = withBom.startsWith("\uFEFF") ? withBom.slice(1) : withBom;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") continue;
    else if (c === "\n") endRecord();
    else if (c === '"' || c === "\r") throw new Error(`Stray ${JSON.stringify(c)} outside quotes at ${i}`);
    else field += c;
  }
  if (quoted) throw new Error("Unterminated quoted field");
  if (field !== "" || record.length > 0) endRecord();
  return records;
}
