// A compact form of an analysis for the trip between the worker and the page: the many small
// records (sentences, quotes, speakers' mentions, keyword occurrences) become columns in flat typed
// arrays that are transferred, not copied, and the texts the page already has are left out. A 5 MB
// article has some 70,000 sentences and 15,000 quotes: as objects, reading them in on the page
// blocked it for a few hundred milliseconds. unpackResult() restores the documented shape.

// Columns of records whose fields are numbers, booleans, strings or null: numbers in a Float64Array
// (null as NaN: exact for any number), booleans in a Uint8Array, strings as indices into one table
// (null as -1).
function packRecords(records, transfer) {
  const keys = records.length ? Object.keys(records[0]) : [];
  const strings = [];
  const stringIndex = new Map();
  const columns = keys.map((key) => {
    const values = records.map((record) => record[key]);
    const type = values.find((value) => value !== null)?.constructor.name ?? "Number";
    let column;
    if (type === "Number") {
      column = Float64Array.from(values, (value) => (value === null ? NaN : value));
    } else if (type === "Boolean") {
      column = Uint8Array.from(values, (value) => (value === null ? 2 : Number(value)));
    } else {
      column = Int32Array.from(values, (value) => {
        if (value === null) return -1;
        if (!stringIndex.has(value)) {
          stringIndex.set(value, strings.length);
          strings.push(value);
        }
        return stringIndex.get(value);
      });
    }
    transfer.push(column.buffer);
    return { key, type, column };
  });
  return { length: records.length, strings, columns };
}

function unpackRecords({ length, strings, columns }) {
  const records = new Array(length);
  for (let i = 0; i < length; i++) {
    const record = {};
    for (const { key, type, column } of columns) {
      const value = column[i];
      if (type === "Number") record[key] = Number.isNaN(value) ? null : value;
      else if (type === "Boolean") record[key] = value === 2 ? null : value === 1;
      else record[key] = value < 0 ? null : strings[value];
    }
    records[i] = record;
  }
  return records;
}

// Start and end pairs as one Uint32Array.
function packSpans(spans, transfer) {
  const flat = new Uint32Array(spans.length * 2);
  spans.forEach(({ start, end }, i) => {
    flat[i * 2] = start;
    flat[i * 2 + 1] = end;
  });
  transfer.push(flat.buffer);
  return flat;
}

function unpackSpans(flat, text) {
  const spans = new Array(flat.length / 2);
  for (let i = 0; i < spans.length; i++) {
    const start = flat[i * 2], end = flat[i * 2 + 1];
    spans[i] = text === undefined ? { start, end } : { start, end, text: text.slice(start, end) };
  }
  return spans;
}

export function packResult(result) {
  const transfer = [];
  const roles = [];
  const roleIndex = new Map();
  const sentenceSpans = new Uint32Array(result.sentences.length * 3);
  result.sentences.forEach((sentence, i) => {
    if (!roleIndex.has(sentence.role)) {
      roleIndex.set(sentence.role, roles.length);
      roles.push(sentence.role);
    }
    sentenceSpans[i * 3] = sentence.start;
    sentenceSpans[i * 3 + 1] = sentence.end;
    sentenceSpans[i * 3 + 2] = roleIndex.get(sentence.role);
  });
  transfer.push(sentenceSpans.buffer);
  const keywords = result.keywords.map(({ occurrences, ...keyword }) => ({ ...keyword, occurrences: packSpans(occurrences, transfer) }));
  const quotes = packRecords(result.quotes.map(({ text, speakerMention, cue, ...quote }) => quote), transfer);
  const speakers = result.speakers.map(({ mentions, ...speaker }) => ({ ...speaker, mentions: packSpans(mentions, transfer) }));
  const packed = { ...result, sentences: { roles, spans: sentenceSpans }, quotes, speakers, keywords };
  return { packed, transfer };
}

const slice = (text, start, end) => (start === null || end === null ? null : text.slice(start, end));

export function unpackResult(text, packed) {
  const { roles, spans } = packed.sentences;
  const sentences = new Array(spans.length / 3);
  for (let i = 0; i < sentences.length; i++) {
    const start = spans[i * 3], end = spans[i * 3 + 1];
    sentences[i] = { start, end, text: text.slice(start, end), role: roles[spans[i * 3 + 2]] };
  }
  const quotes = unpackRecords(packed.quotes);
  for (const quote of quotes) {
    quote.text = text.slice(quote.contentStart, quote.contentEnd);
    quote.speakerMention = slice(text, quote.speakerMentionStart, quote.speakerMentionEnd);
    quote.cue = slice(text, quote.cueStart, quote.cueEnd);
  }
  const speakers = packed.speakers.map((speaker) => ({ ...speaker, mentions: unpackSpans(speaker.mentions, text) }));
  const keywords = packed.keywords.map((keyword) => ({ ...keyword, occurrences: unpackSpans(keyword.occurrences) }));
  return { ...packed, sentences, quotes, speakers, keywords };
}
