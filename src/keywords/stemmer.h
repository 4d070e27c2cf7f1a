// Snowball stemmers (2.2.0, compiled from source into both builds) behind one small interface, used
// only to group inflected forms of a word under one key: talk/talks/talked, Россия/России/Россию.
// Keywords still show the surface form a reader saw most often; the stem is never displayed.
//
//   Stemmer stemmer("ru");
//   if (stemmer.ok()) key = stemmer.stem("россию");   // "росс"
//
// A language without a Snowball stemmer gives a Stemmer whose ok() is false and whose stem() returns
// its input unchanged, so callers need no special case.
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct SN_env;

namespace article_lens {

class Stemmer {
 public:
  explicit Stemmer(std::string_view language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  bool ok() const { return env_ != nullptr; }
  // The stem of one case-folded word (UTF-8). Valid until the next call; the input itself when
  // there is no stemmer for the language or the word is too long to be worth stemming.
  std::string_view stem(std::string_view folded);

  // ISO 639-1 codes that have a Snowball stemmer, sorted.
  static std::vector<std::string> languages();

  struct Algorithm;  // one entry of the registry in stemmer.cpp

 private:
  const Algorithm* algorithm_ = nullptr;
  SN_env* env_ = nullptr;
};

}  // namespace article_lens
