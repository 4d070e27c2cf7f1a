// Readability formulas, only for the languages where a formula is defined and published.
// Each entry names its formula so the panel can say exactly what the number is.

const countVowelGroups = (word) => (word.match(/[aeiouy]+/g) ?? []).length;

// English syllables by the usual heuristic: vowel groups, minus a silent final "e" (not "-le").
function englishSyllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return 0;
  if (w.length <= 3) return 1;
  let count = countVowelGroups(w);
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) count--;
  if (/[^aeiouy]es$|[^aeiouy]ed$/.test(w) && !/[td]ed$|[sxz]es$|[cs]hes$/.test(w)) count--;
  return Math.max(1, count);
}

// In Russian every vowel letter is a syllable.
const russianSyllables = (word) => (word.toLowerCase().match(/[аеёиоуыэюя]/g) ?? []).length;

export const READABILITY = {
  en: {
    id: "flesch-kincaid-grade",
    syllables: englishSyllables,
    score: ({ wordsPerSentence, syllablesPerWord }) => 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
  },
  ru: {
    id: "oborneva-reading-ease",
    syllables: russianSyllables,
    score: ({ wordsPerSentence, syllablesPerWord }) => 206.835 - 1.3 * wordsPerSentence - 60.1 * syllablesPerWord,
  },
};
