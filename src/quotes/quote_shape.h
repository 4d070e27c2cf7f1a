// What a marked span looks like where it stands, for telling speech from scare quotes and titles
// by context rather than length ("many real quotes are three words or fewer").
//
//   reads_as_utterance(document, span)   // “We will win,” ... / Er sagte: „Nein.“ / a multi-sentence quote
//   looks_like_title(tokens, words, span) // “One Hundred Years of Solitude”, “Saturday Night Live”
#pragma once

#include "document.h"
#include "quotes/attribution.h"
#include "quotes/mentions.h"
#include "quotes/quote_lexicon.h"
#include "quotes/quote_pairer.h"
#include "quotes/quote_tokens.h"

namespace article_lens {

// The span stands as an utterance of its own: it opens its sentence or line (or follows a colon or
// dash) and does not run on into the sentence as a noun would ("„A Bigger Bang“ sahen ..."); or it
// holds more than one sentence; or it runs over paragraphs.
bool reads_as_utterance(const Document& document, const MarkedSpan& span);

// Every word of the content is capitalised except the language's function words, as in titles and
// names. Never true in languages that capitalise all nouns (German).
bool looks_like_title(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                      const MarkedSpan& span);

// A title right after a possessive names a work or show of its owner, whatever cue follows: CNN's
// “State of the Union,” said he …, Fox News channel's “Sunday Morning Futures,”.
bool owned_title(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const MarkedSpan& span);

// So does a title right after a word that introduces one (data/title_introducers_<lang>.txt): a
// play called “Los Hijos de Trump,”, the reality show “The Apprentice,”, Fiorina told “Fox and Friends,”.
bool introduced_title(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const MarkedSpan& span);

// A title right before a lower-case noun it qualifies names a work: “Broad City” star Arturo
// Castro, the “Make America Great Again” hat (not a pronoun or cue: “We won” he said).
bool title_before_noun(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const MarkedSpan& span);

// In a language that capitalises nouns, a marked span right after a noun names it ("die Partei
// „Neue Rechte“", "der Film „2001“"); a noun of speech ("die Parole „...“") quotes instead. Where
// speech in marks follows a colon, a dash or "что" (quote_style "names-after-nouns"), a name-like
// span right after a lower-case content word or an acronym names it too ("ООО «Ромашка»",
// "на крейсере «Москва»"), unless the word is a cue ("ответил «Нет»").
// kNamedByNoun: the word before is itself a noun ("des Fachmagazins „Automobilwoche“"), which
// names the marked words whatever cue the sentence has.
// kCalled: after an indefinite article, what a speaker calls something ("nannte es einen „Skandal“"):
// speech when its sentence names who said it, else a term ("Das nennt man einen „Aktiensplit“").
enum class NounBefore { kNone, kNaming, kNamedByNoun, kSpeech, kCalled };
NounBefore noun_before(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words,
                       const MarkedSpan& span);

// Short marked words that read as a name, not a sentence: they start with a capital or digit, hold
// no sentence break and end in no punctuation, and no comma and dash follow them as they follow
// speech in Russian («...», — сказал он). "комплекс «Лаборатория Безопасности»", "«Первый шаг», «Второй шаг»".
bool reads_as_name(const QuoteTokens& tokens, const MarkedSpan& span);

// Marked words standing as an utterance with their cue right after them, a comma between and the
// speaker after the cue: „Bald“, sagt er. / „Das war es wert“, sage ich. Said, whoever the speaker
// turns out to be; a name or term in marks is not answered that way.
bool said_before_inverted_cue(const Document& document, const MarkedSpan& span, const Attribution& found);

// A name-like span (reads_as_name) opening its sentence with a dash after it, as a definition's
// subject: "«Исламское государство» — террористическая группировка". Not speech, which a comma
// closes before the dash or a cue follows ("«Нет» — ответил он").
bool defined_by_dash(const QuoteTokens& tokens, const QuoteLexicon& words, const MarkedSpan& span);
// Words reading as a name after a naming verb ("стройка, которую СМИ назвали «Дворцом Путина»";
// data/naming_verbs_<lang>.txt) are the name given, no speech; lower-case ones are speech
// ("назвала заявления «провокацией»"). Only where the press marks names (quote_style "names-after-nouns").
bool names_by_naming_verb(const QuoteTokens& tokens, const QuoteLexicon& words, const MarkedSpan& span, const Attribution& found);

// A name-like span right after a cue, followed by "что" or by the speaker: the outlet told, not
// what was said ("сказал «Медузе», что ...", "рассказал «Известиям» депутат").
bool told_outlet(const QuoteTokens& tokens, const MentionFinder& mentions, const QuoteLexicon& words, const MarkedSpan& span);

// The word before the marks (over a colon or bracket) introduces a name or title: "kurz: „OOo“",
// "(Codename: „Maelstrom“)", "unter dem Motto „...“" (data/naming_words_<lang>.txt).
bool follows_naming_word(const QuoteTokens& tokens, const QuoteLexicon& words, const MarkedSpan& span);

// The word before the marks distances the writer from the words ("the so-called “peace plan”",
// "the self-styled “people's army”"; data/distancing_words_<lang>.txt). Unlike a naming word it
// does not settle the kind alone: such words may still be speech a source is quoted with.
bool follows_distancing_word(const QuoteTokens& tokens, const QuoteLexicon& words, const MarkedSpan& span);

// A headline with its byline: the marks are followed by "by" and an outlet's writer ("“Museum to
// close,” by Times' Ben Sisario"; byline_links_<lang>.txt), not by an agent ("called “...” by Trump").
bool followed_by_byline(const QuoteTokens& tokens, const QuoteLexicon& words, const MarkedSpan& span);

// A gloss or translation in brackets („gegossenes Blei“), the first of a list in brackets, or a
// speaker label opening a line and followed by a colon (''Pau'': ...): marked, but not a quotation.
bool is_gloss_or_label(const Document& document, const MarkedSpan& span);

}  // namespace article_lens
