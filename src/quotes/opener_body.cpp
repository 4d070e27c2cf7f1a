// A body named in the phrase that opens a sentence speaks through the subject after its comma,
// when that subject is an impersonal pronoun or a description with a possessive: "Du côté de
// l'Élysée, on assure que ...", "Desde Vox, su portavoz ha asegurado ...", "Dal Pd, il suo
// capogruppo ha ribadito ...". "on" alone names no one, and "su portavoz" is the body's: without
// the opening phrase the speaker would be no one, or a spokesperson of no one.
// Data: body_openers_<lang>.txt (the opening phrases), body_stand_ins_<lang>.txt ("on", "su").
#include "language/lang_tables.h"
#include "language/word_set.h"
#include "quotes/speaker_book.h"

namespace article_lens {
namespace {

// An opening phrase is a few words ("du côté de"); the body after it a short name ("l'Élysée",
// "la France insoumise", "el Ministerio de Sanidad").
constexpr std::size_t kMaxOpenerWords = 4;
constexpr std::size_t kMaxBodyWords = 6;

}  // namespace

SpeakerRef SpeakerBook::opener_body(const Attribution& found, const SpeakerResolver& resolver,
                                    const std::vector<Span>& quotes) const {
  const WordSet& stand_ins = WordSet::shared("body_stand_ins", words_.language);
  const TokenRange mention = found.mention;
  if (stand_ins.empty() || mention.empty() || found.pronoun_in_cue || mention.first == 0) return {};
  // The stand-in opens the mention, or follows its article, within the mention or just before it
  // ("il suo portavoce", "o seu líder").
  std::size_t stand_in = mention.first;
  if (!stand_ins.contains_folded(tokens_.folded(stand_in)) && mention.size() > 2 &&
      tokens_.in(stand_in, words_.determiners) && tokens_.joined(stand_in + 1))
    ++stand_in;
  if (!stand_ins.contains_folded(tokens_.folded(stand_in))) return {};
  const bool impersonal = mention.size() == 1;  // "on", "men"; a possessive has its noun after it
  if (!impersonal && stand_in + 1 >= mention.last) return {};
  std::size_t lead = mention.first;  // the subject's first word, right after the comma
  if (stand_in == lead && lead > 0 && tokens_.joined(lead) && tokens_.in(lead - 1, words_.determiners)) --lead;
  if (lead == 0 || tokens_.gap_before(lead).find(',') == std::string_view::npos) return {};
  // The sentence opens with the phrase, then the body, then the comma right before the subject.
  const long sentence = document_.sentence_at(tokens_.span(lead).begin);
  if (sentence < 0) return {};
  const std::size_t first = tokens_.first_at_or_after(document_.sentences[static_cast<std::size_t>(sentence)].span.begin);
  if (first >= lead) return {};
  const WordSet& openers = WordSet::shared("body_openers", words_.language);
  std::size_t body = 0;
  std::string phrase;
  for (std::size_t k = first; k < lead && k - first < kMaxOpenerWords; ++k) {
    if (k > first && !tokens_.joined(k)) break;
    if (k > first) phrase += ' ';
    phrase += tokens_.folded(k);
    if (openers.contains_folded(phrase)) body = k + 1;  // the longest phrase
  }
  if (body == 0 || body >= lead || lead - body > kMaxBodyWords) return {};
  // One phrase naming a body: no comma, verb or cue inside, and a name or a body's noun in it.
  bool names = false;
  for (std::size_t k = body; k < lead; ++k) {
    if (k > body && !tokens_.joined(k)) return {};
    if (tokens_.in(k, words_.finite_verbs) || tokens_.in(k, words_.cues) || tokens_.in(k, words_.pronouns)) return {};
    names = names || (tokens_.capitalized(k) && !tokens_.elided(k)) || tokens_.in(k, words_.group_nouns);
  }
  if (!names) return {};
  SpeakerRef owner = resolver.resolve({body, lead}, -1, false, quotes);
  if (!owner.known() || owner.anonymous) return {};
  if (impersonal) return owner;
  // "su portavoz" of Vox: the description, linked to its body ("portavoz de Vox"; the language's
  // first link word, data/mention_links_<lang>.txt).
  const auto links = lang_data::entries("mention_links", words_.language);
  if (links.empty()) return {};
  SpeakerRef described;
  described.name = std::string(document_.slice({tokens_.span(stand_in + 1).begin, tokens_.span(mention.last - 1).end}));
  described.name.append(" ").append(links.front()).append(" ");
  // (The body's name without a lower-case article: "portavoz de Gobierno", not "de el Gobierno";
  // one that is part of the name stays: "président de Les Républicains".)
  std::size_t named = body;
  while (named + 1 < lead && !tokens_.capitalized(named) && (tokens_.in(named, words_.determiners) || tokens_.elided(named))) ++named;
  described.name.append(document_.slice({tokens_.span(named).begin, tokens_.span(lead - 1).end}));
  described.described = true;
  return described;
}

}  // namespace article_lens
