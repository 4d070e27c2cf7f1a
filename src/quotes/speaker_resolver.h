// Resolves the words that name a speaker ("he", "the head of state", "Mr Lavrov") to a person the
// article names, preferring the person with that role, then the most recent speaker, then the
// article's main subject.
#pragma once

#include <string_view>

#include "document.h"
#include "language/word_set.h"
#include "quotes/people.h"

namespace article_lens {

class SpeakerResolver {
 public:
  SpeakerResolver(const Document& document, const PeopleIndex& people, const WordSet& pronouns,
                  const WordSet& titles, const WordSet& determiners);

  // The person index `mention` refers to; `recent` is the last resolved speaker (or -1).
  // Returns -1 when nobody fits, kNamedStranger when the mention is itself a name the index does not
  // know ("Burton said"): the caller names the speaker from the mention's words.
  static constexpr int kNamedStranger = -2;
  int resolve(Span mention, int recent) const;

  // The mention without its titles ("President Burton" -> "Burton"), as a span.
  Span name_part(Span mention) const;

 private:
  const Document& document_;
  const PeopleIndex& people_;
  const WordSet& pronouns_;
  const WordSet& titles_;
  const WordSet& determiners_;
};

}  // namespace article_lens
