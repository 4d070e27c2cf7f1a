// Reported speech across a document, sentence by sentence: a reported clause around the
// quotations of its sentence, the reports between them (indirect_speech.cpp reads one sentence),
// and the sentences an "Об этом сообщил X" or a Konjunktiv continuation hands back to a speaker.
#include "quotes/indirect_speech.h"
#include "language/word_set.h"

#include <algorithm>

namespace article_lens {
namespace {

// Words the sentence an "Об этом сообщил ..." refers to must have (a dateline "ЛОНДОН, 9 августа." has fewer).
constexpr std::size_t kMinReferredWords = 5;
constexpr std::size_t kMinShortStatementWords = 2;  // "Пожар ликвидирован."


bool contains(std::string_view gap, char c) { return gap.find(c) != std::string_view::npos; }

}  // namespace

bool IndirectSpeechFinder::reports_around(std::size_t q, const std::vector<Span>& quotes, Span sentence,
                                          ReportedSpeech& found) const {
  const std::size_t last = tokens_.first_at_or_after(sentence.end);
  const std::size_t first = past_dateline(tokens_.first_at_or_after(sentence.begin), last);
  if (first >= last || !in_sentence(first, last, found)) return false;
  // The speaker is someone: a name, pronoun, title or source ends the mention, or a source word is
  // in it ("fuentes policiales"); not "Moscow strongly denies" nor "his recent attacks".
  const TokenRange mention = found.attribution.mention;
  bool someone = !mention.empty() && mention.last <= last &&
                 (mentions_.is_name_word(mention.last - 1) || mentions_.is_pronoun(mention.last - 1) ||
                  words_.source_pronouns.contains_folded(tokens_.folded(mention.last - 1)) ||
                  mentions_.title_ending_at(mention.last - 1, mention.first) > 0);
  for (std::size_t k = mention.first; k < mention.last && !someone; ++k) someone = mentions_.is_source_word(k);
  // (Or one person the cue's ending carries: "Poi aggiunge che la Regione «farà ricorso»".)
  someone = someone || found.attribution.subject_in_verb;
  // (A body that speaks through statements: "The company said that it “deeply regrets” ...".)
  someone = someone || (!mention.empty() && WordSet::shared("speaking_bodies", words_.language).contains_folded(tokens_.folded(mention.last - 1)));
  // (Where nouns are capitalised, who speaks after an inverted cue, a surname or a body: "…,
  // sagte Babler", "…, erklärte sein Büro"; the clause before names no one else.)
  someone = someone || (words_.verb_second && words_.capitalised_nouns && mention.first > tokens_.first_at_or_after(found.content.end) &&
                        tokens_.capitalized(mention.last - 1));
  // (Or a title or epithet heads it right after its article, an adjective after: "El técnico
  // italiano", "L'élu socialiste".)
  std::size_t head = mention.first;
  while (head + 1 < mention.last && (tokens_.in(head, words_.determiners) || tokens_.in(head, words_.title_modifiers))) ++head;
  someone = someone || (head > mention.first && mention.last - head <= 2 &&
                        (tokens_.title(head) || WordSet::shared("epithet_nouns", words_.language).contains_folded(tokens_.folded(head))));
  if (!someone) return false;
  // The clause follows its cue, after a complementizer or the comma closing a source ("Según X,"),
  // holds every quotation of the sentence, and has words of its own outside the marks (not "a
  // déclaré : « … »", nor a clause that is one quotation).
  // Or, where the verb comes second, the clause opens the sentence before its cue ("Russland sei
  // aber „offen für Gespräche“, fügte er hinzu").
  const std::size_t opening = tokens_.first_at_or_after(found.content.begin);
  const bool clause_first = words_.verb_second && opening == first && found.attribution.cue.begin >= found.content.end;
  if (!clause_first) {
    if (found.attribution.cue.end > found.content.begin) return false;
    if (opening <= first || opening >= last) return false;
    // ("äußerte sich: Sie sei „…“", with words of its own before the marks; not "erklärt hatte: „…“ und „…“".)
    const bool colon = words_.complementizers.contains_folded(",") && contains(tokens_.gap_before(opening), ':') && q < quotes.size() &&
                       quotes[q].begin > tokens_.span(opening).begin;
    // (Or, with no "that", right after the cue and its day: "said on Monday the talks had been
    // “frank and useful”", where the clause opens with its subject.)
    const std::size_t after_cue = tokens_.first_at_or_after(found.attribution.cue.end);
    // (Or after the listener a verb takes first: "told the BBC the budget would “fix ...”".)
    constexpr std::size_t kMaxListenerWords = 3;
    const bool after_listener = opening > after_cue + 1 && opening - after_cue <= kMaxListenerWords &&
                                WordSet::shared("addressee_phrases", words_.language).contains_folded(tokens_.folded(after_cue - 1));
    const bool zero_that = opening < last && tokens_.span(found.attribution.mention.first).begin < found.attribution.cue.begin &&
                           (opening == after_cue || past_day(after_cue, last) == opening || after_listener) &&
                           starts_clause(opening, last, after_cue > 0 && WordSet::shared("clause_cues", words_.language).contains_folded(tokens_.folded(after_cue - 1)));
    // (Or right after a source that opens the sentence and closes with no comma: "Zdaniem ekonomisty
    // Jana Nowaka plan jest „bardzo ambitny”".)
    const bool source_closed = attribution_.is_source_phrase(tokens_.first_at_or_after(found.attribution.cue.begin), last) &&
                               tokens_.first_at_or_after(std::max(found.attribution.cue.end, found.attribution.mention_span.end)) == opening;
    if (!tokens_.in(opening - 1, words_.complementizers) && !contains(tokens_.gap_before(opening), ',') && !colon && !zero_that &&
        !source_closed)
      return false;
  }
  bool words_outside = false;
  uint32_t from = found.content.begin;
  for (std::size_t i = q; i < quotes.size() && quotes[i].begin < sentence.end; ++i) {
    // A clause that opens or closes inside the marks takes them in ("que « des failles » subsistaient").
    if (quotes[i].begin < found.content.begin && found.content.begin < quotes[i].end) found.content.begin = from = quotes[i].begin;
    if (quotes[i].begin < found.content.end && found.content.end < quotes[i].end) found.content.end = quotes[i].end;
    if (quotes[i].begin < found.content.begin || quotes[i].end > found.content.end) return false;
    // (A colon introduces speech of its own: "… stimmen: „Ich gehe davon aus …“".)
    const std::string_view lead = tokens_.document().text.substr(found.content.begin, quotes[i].begin - found.content.begin);
    if (const std::size_t end = lead.find_last_not_of(" \t\xC2\xA0"); end != std::string_view::npos && lead[end] == ':') return false;
    // (The cue and speaker stand outside the marks: "« Je n'ai jamais dit que … »" reports nothing.)
    if (found.attribution.cue.begin < quotes[i].end && found.attribution.cue.end > quotes[i].begin) return false;
    const std::size_t before = tokens_.first_at_or_after(from);
    words_outside = words_outside || (before < tokens_.size() && tokens_.span(before).end <= quotes[i].begin);
    from = quotes[i].end;
  }
  const std::size_t after = tokens_.first_at_or_after(from);
  words_outside = words_outside || (after < tokens_.size() && tokens_.span(after).end <= found.content.end);
  // No cue in the clause outside the marks: the quotation has an attribution of its own there
  // ("… — “why wouldn’t you?” asked Dunn"), or the sentence reports twice.
  for (std::size_t k = opening, i = q; k < last && tokens_.span(k).end <= found.content.end; ++k) {
    while (i < quotes.size() && quotes[i].end <= tokens_.span(k).begin) ++i;
    const bool inside = i < quotes.size() && quotes[i].begin <= tokens_.span(k).begin;
    if (inside || !attribution_.cue_at(k, last, false)) continue;
    // (Unless it opens a clause of its own after the last quotation, joined by "and": "dijo que
    // los legisladores «…» y anunció una consulta"; the report ends before it.)
    const bool quotes_after = i < quotes.size() && quotes[i].begin < sentence.end;
    if (quotes_after || k < opening + 2 || !tokens_.in(k - 1, words_.coordinators)) return false;
    found.content.end = std::max(tokens_.span(k - 2).end, from);
    break;
  }
  return words_outside;
}

std::vector<ReportedSpeech> IndirectSpeechFinder::find(const std::vector<Span>& quotes) const {
  std::vector<ReportedSpeech> found;
  const Document& document = tokens_.document();
  std::size_t q = 0;
  // The sentence before, while it is body text with no quotation and no report of its own: what a
  // sentence that refers back reports ("... Об этом заявил Песков.").
  Span plain_before;
  // Whether the sentence before held speech, quoted or reported: a sentence in the reported mood goes on with it.
  bool speech_before = false;
  // The speaker of a sentence before with a cue but no report: who a sentence in the reported mood
  // right after it goes on for ("Sie äußerte sich am Rande der Tagung. Die Inflation sei …").
  Attribution opened_by;
  for (const Sentence& sentence : document.sentences) {
    const Attribution opener = opened_by;
    opened_by = {};
    const Span before = plain_before;
    plain_before = {};
    const bool follows_speech = speech_before;
    speech_before = false;
    if (sentence.role != SentenceRole::kBody && sentence.role != SentenceRole::kHeadline) continue;
    while (q < quotes.size() && quotes[q].end <= sentence.span.begin) ++q;
    const std::size_t reports_before = found.size();
    if (q < quotes.size() && quotes[q].begin < sentence.span.end) {  // direct speech lives here
      speech_before = true;
      // In Chinese the clause reports with its marked words inside it, or a name in marks in the
      // lead before it: "赖清德称，台湾“不会屈服于压力”", "台湾“中央社”报道，赖清德称，…". (Japanese
      // words before a quote and its particle are its topic, "北朝鮮情勢について「…」と語った": no report.)
      if (words_.unspaced && WordSet::shared("topic_particles", words_.language).empty()) {
        ReportedSpeech report;
        const std::size_t first = tokens_.first_at_or_after(sentence.span.begin), last = tokens_.first_at_or_after(sentence.span.end);
        bool fits = first < last && in_sentence(first, last, report);
        // (Not the quotation alone, which is direct speech: "佐藤選手は「…」と述べた".)
        for (std::size_t i = q; fits && i < quotes.size() && quotes[i].begin < sentence.span.end; ++i)
          fits = quotes[i].end <= report.content.begin ||
                 (report.content.begin <= quotes[i].begin && quotes[i].end <= report.content.end &&
                  !(quotes[i].begin <= report.content.begin && report.content.end <= quotes[i].end));
        if (fits) found.push_back(report);
        continue;
      }
      // Unless marked words sit inside a reported clause that goes on around them ("a affirmé que
      // la menace restait « très élevée » en France"): the clause is reported as well.
      ReportedSpeech report;
      if (reports_around(q, quotes, sentence.span, report)) {
        found.push_back(report);
      } else {
        // Or a report of its own after the last quotation: "«…», dijo Yolanda Díaz, quien añadió que …",
        // "“…,” he said, adding that …" (a participle after the comma goes on for the speaker).
        std::size_t next = q;
        while (next < quotes.size() && quotes[next].end <= sentence.span.end) ++next;
        auto participle_cue = [&](const ReportedSpeech& r) {
          const std::size_t cue = tokens_.first_at_or_after(r.attribution.cue.begin);
          return !r.attribution.mention.empty() && cue < tokens_.size() && cue >= r.attribution.mention.last &&
                 tokens_.gap_before(cue).find(',') != std::string_view::npos && words_.is_participle(tokens_.folded(cue));
        };
        // (Or a clause of its own joined after a comma: "… a “tax on the poor”, but the Treasury says
        // it will raise £2bn".)
        auto joined_clause = [&](const ReportedSpeech& r) {
          const TokenRange said = r.attribution.mention;
          if (said.empty() || said.first == 0 || r.content.begin < r.attribution.cue.end) return false;
          const std::size_t joiner = said.first - 1;
          return tokens_.span(joiner).begin >= quotes[next - 1].end && tokens_.in(joiner, words_.clause_conjunctions) &&
                 tokens_.gap_before(joiner).find(',') != std::string_view::npos && mentions_.is_person_like(said);
        };
        if (next > q && (next == quotes.size() || quotes[next].begin >= sentence.span.end) &&
            reports_around(next, quotes, {quotes[next - 1].end, sentence.span.end}, report) &&
            ((WordSet::shared("subject_relative_pronouns", words_.language)
                  .contains_folded(tokens_.folded(std::min(report.attribution.mention.last, tokens_.size() - 1))) &&
              // (The relative clause holds the cue: not "„…“, sagt ein Beamter, der nicht genannt werden will".)
              report.attribution.cue.begin >= tokens_.span(std::min(report.attribution.mention.last, tokens_.size() - 1)).end) ||
             participle_cue(report) || joined_clause(report)))
          found.push_back(report);
        // Or it goes on with the speech before in the reported mood, its marked words part of the
        // clause: "„…“, sagte Söder. Die Grünen seien „nicht regierungsfähig“."
        else if (follows_speech && sentence.role == SentenceRole::kBody)
          if (ReportedSpeech going_on = continued_around(q, quotes, sentence.span); going_on.continues) found.push_back(going_on);
        // Or the marked words only name an outlet or body, where nouns are capitalised: "X sagte
        // gegenüber der „Rheinischen Post“, die Schuldenbremse müsse bleiben."
        if (found.size() == reports_before && only_names_in_marks(q, quotes, sentence.span)) {
          const std::size_t first = tokens_.first_at_or_after(sentence.span.begin);
          const std::size_t last = tokens_.first_at_or_after(sentence.span.end);
          // The name belongs to the speaker ("Die „Süddeutsche Zeitung“ hatte berichtet, …") or is
          // the outlet told, between the cue and the clause's comma ("sagte der „Bild“, …").
          auto names_the_source = [&](const ReportedSpeech& r) {
            for (std::size_t i = q; i < quotes.size() && quotes[i].begin < sentence.span.end; ++i) {
              const Span name = quotes[i];
              const bool in_mention = name.begin >= r.attribution.mention_span.begin && name.begin < r.attribution.mention_span.end;
              const std::string_view gap = name.end <= r.content.begin ? document.text.substr(name.end, r.content.begin - name.end)
                                                                      : std::string_view{};
              // (Or its comma and complementizer: "w rozmowie z „Rzeczpospolitą”, że ...".)
              std::string_view rest = gap.substr(std::min(gap.size(), gap.find_first_not_of(", ")));
              while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
              const bool told = r.attribution.cue.end <= name.begin && name.end <= r.content.begin &&
                                (rest.empty() || words_.complementizers.contains_folded(rest)) && gap.find(',') != std::string_view::npos;
              // (Or told right after the speaker, its article between: "…, sagte die Bürgermeisterin
              // der „Allgemeinen Zeitung“.")
              // (Or its programme, the name part of a compound: "…, sagte Stocker im Ö1-„Morgenjournal“.")
              const std::size_t name_first = tokens_.first_at_or_after(name.begin);
              const std::size_t compound = name_first < tokens_.size() && tokens_.gap_before(name_first).starts_with('-') ? 1 : 0;
              // (A preposition and its article before it: "… in der ORF-„Pressestunde“".)
              const std::size_t after_speaker = r.attribution.mention.last;
              const std::size_t lead = after_speaker + 1 < tokens_.size() && tokens_.in(after_speaker, words_.mention_stops) &&
                                               tokens_.in(after_speaker + 1, words_.determiners)
                                           ? 2
                                           : 1;
              const bool told_after = r.content.end <= r.attribution.cue.begin && !r.attribution.mention.empty() &&
                                      (name_first == after_speaker + 1 + compound || name_first == after_speaker + lead + compound);
              // (Or a show's title after its owner's possessive, before the cue: "speaking on CNN's
              // “State of the Union,” said he …".)
              const bool owned_before = !words_.capitalised_nouns && name_first > 0 && tokens_.possessive(name_first - 1) &&
                                        name.end <= r.attribution.cue.begin;
              if (!in_mention && !told && !told_after && !owned_before) return false;
            }
            return true;
          };
          if (first < last && in_sentence(first, last, report) && names_the_source(report)) found.push_back(report);
        }
      }
      continue;
    }
    // A sentence that opens right after a quotation's closing mark may be its attribution
    // ("“...?” Clinton asked, according to a transcript."): its opening words are no report.
    const bool after_quote = q > 0 && quotes[q - 1].end <= sentence.span.begin &&
                             document.text.substr(quotes[q - 1].end, sentence.span.begin - quotes[q - 1].end)
                                     .find_first_not_of(" \t") == std::string_view::npos;
    const std::size_t last = tokens_.first_at_or_after(sentence.span.end);
    const std::size_t first = past_dateline(tokens_.first_at_or_after(sentence.span.begin), last);
    // (A sentence that attributes the quotation before it is speech too: "„…“ So kommentiert X …".)
    speech_before = after_quote;
    ReportedSpeech report;
    if (first < last && in_sentence(first, last, report)) {
      // (The report opens with a speaker and a cue: "Clinton asked", "O’Malley said at a press conference".)
      bool attributes_quote = false;
      constexpr std::size_t kMaxSpeakerWords = 4;
      for (std::size_t k = first + 1; after_quote && report.content.begin <= tokens_.span(first).begin && k <= first + kMaxSpeakerWords &&
                                      k < last && tokens_.span(k).end <= report.content.end && !attributes_quote;
           ++k)
        attributes_quote = attribution_.cue_at(k, last, false) > 0 && !attribution_.is_source_phrase(k, last);
      if (!attributes_quote) {
        found.push_back(report);
        // "CLAUSE, X said, adding that CLAUSE": the words after the attribution may report again.
        const TokenRange said = report.attribution.mention;
        if (!said.empty() && report.content.end <= report.attribution.mention_span.begin && said.last < last) {
          ReportedSpeech again;
          if (in_sentence(said.first, last, again) && again.content.begin >= report.attribution.cue.end) found.push_back(again);
        }
      }
      speech_before = speech_before || found.size() > reports_before;
      continue;
    }
    if ((follows_speech || opener.found()) && sentence.role == SentenceRole::kBody && first < last && in_reported_mood(first, last)) {
      report = {};
      report.content = clause(first, last);
      report.continues = !report.content.empty();
      if (!follows_speech) report.attribution = opener;
      if (report.continues) {
        found.push_back(report);
        speech_before = true;
        continue;
      }
    }
    // "Man wolle nicht sparen, hieß es." with no speech before it to go on with: speech the text
    // names no one for (not the person named last), or the source after its time.
    bool impersonal = false;
    for (std::size_t k = std::max(first, last > kMaxImpersonalTail ? last - kMaxImpersonalTail : 0);
         sentence.role == SentenceRole::kBody && !impersonal && k < last; ++k) {
      TokenRange source;
      if (!impersonal_close(first, k, last, source)) continue;
      report = {};
      report.content = clause(first, k);
      report.attribution.cue = {tokens_.span(k).begin, tokens_.span(k).end};
      if (!source.empty())
        report.attribution.mention = source,
        report.attribution.mention_span = {tokens_.span(source.first).begin, tokens_.span(source.last - 1).end};
      impersonal = !report.content.empty();
      if (impersonal) found.push_back(report), speech_before = true;
    }
    if (impersonal) continue;
    if (!before.empty() && first < last && sentence.role == SentenceRole::kBody) {
      const Attribution back = attribution_.reference_back(first, last);
      const std::size_t before_first = tokens_.first_at_or_after(before.begin);
      const std::size_t before_last = tokens_.first_at_or_after(before.end);
      // (Not a dateline: "ЛОНДОН, 9 августа." is no statement. A short one is, when no place in
      // capitals and no number opens it: "Пожар ликвидирован. Об этом сообщили в МЧС.")
      const bool short_statement = before_last >= before_first + kMinShortStatementWords &&
                                   !tokens_.token(before_first).has(unicode::kAllUpper) &&
                                   !tokens_.token(before_first).has(unicode::kStartsWithDigit);
      if (back.found() && (before_last >= before_first + kMinReferredWords || short_statement)) {
        report.content = clause(before_first, before_last);
        report.attribution = back;
        if (!report.content.empty()) found.push_back(report);
        // (The reported mood goes on after it: "… Das sagte ein Sprecher. Betroffen seien …".)
        speech_before = !report.content.empty();
        continue;
      }
    }
    if (sentence.role == SentenceRole::kBody) plain_before = sentence.span;
    if (sentence.role == SentenceRole::kBody && first < last && in_reported_mood_language()) opened_by = attribution_.chain_opener(first, last);
  }
  return found;
}

}  // namespace article_lens
