// Who is quoted and how, read from an analysis: speakers grouped by kind of source, the cue verbs
// each speaker is introduced with, and the quotes nobody is named for. Shared by the sources panel
// and the comparison, so both tell the same story.

/** The three kinds of source, in the order the panel lists them. */
export const SOURCE_KINDS = ["named", "described", "anonymous"];

/** "named" (a person or organisation the text names), "described" (a group or body) or "anonymous". */
export function sourceKind(speaker) {
  if (speaker.anonymous) return "anonymous";
  if (speaker.described) return "described";
  return "named";
}

/** Speakers grouped by kind: {named: [{speaker, index}], described: [...], anonymous: [...]}, text order kept. */
export function speakersByKind(result) {
  const groups = Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, []]));
  result.speakers.forEach((speaker, index) => groups[sourceKind(speaker)].push({ speaker, index }));
  return groups;
}

/**
 * For each speaker index, the cues that introduce their quotes, most used first:
 * Map(index -> {verbs: [{cue, tone, count}], withoutCue}). `withoutCue` counts quotes that carry
 * on from an attributed one with no verb of their own. The core lists each speaker's cues
 * (`speaker.cues`); the counts and tones come from the quotes.
 */
export function cuesBySpeaker(result) {
  const map = new Map();
  result.speakers.forEach((speaker, index) => {
    const verbs = new Map();
    for (const cue of speaker.cues ?? []) verbs.set(cue, { cue, tone: null, count: 0 });
    map.set(index, { verbs, withoutCue: 0 });
  });
  for (const quote of result.quotes) {
    const entry = quote.speakerIndex === null ? undefined : map.get(quote.speakerIndex);
    if (!entry) continue;
    if (!quote.cue) {
      entry.withoutCue++;
      continue;
    }
    const key = quote.cue.toLowerCase();
    const verb = entry.verbs.get(key) ?? { cue: key, tone: null, count: 0 };
    verb.count++;
    verb.tone ??= quote.cueTone;
    entry.verbs.set(key, verb);
  }
  return new Map([...map].map(([index, { verbs, withoutCue }]) => [index, {
    verbs: [...verbs.values()].filter((verb) => verb.count > 0).sort((a, b) => b.count - a.count),
    withoutCue,
  }]));
}

/**
 * A speaker's share of all words inside quotation marks (stats.quotedWords), 0..1. The core's
 * `speaker.share` divides by the attributed words only, so with quotes nobody is named for it
 * overstates each speaker's part; this keeps the unattributed words in the whole.
 */
export function shareOfQuotedWords(speaker, stats) {
  return stats.quotedWords > 0 ? Math.min(1, speaker.words / stats.quotedWords) : 0;
}

/** Quotes of one kind, and direct quotes nobody is named for, with their index into result.quotes. */
export function quotesOfKind(result, kind) {
  return result.quotes.map((quote, index) => ({ quote, index })).filter(({ quote }) => quote.kind === kind);
}

export function unattributedQuotes(result) {
  return quotesOfKind(result, "direct").filter(({ quote }) => quote.speakerIndex === null);
}
