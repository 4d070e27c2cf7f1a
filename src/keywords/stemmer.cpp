#include "keywords/stemmer.h"

#include <algorithm>
#include <iterator>

extern "C" {
#include "api.h"
}
#include "stem_UTF_8_arabic.h"
#include "stem_UTF_8_catalan.h"
#include "stem_UTF_8_danish.h"
#include "stem_UTF_8_dutch.h"
#include "stem_UTF_8_english.h"
#include "stem_UTF_8_finnish.h"
#include "stem_UTF_8_french.h"
#include "stem_UTF_8_german.h"
#include "stem_UTF_8_greek.h"
#include "stem_UTF_8_hungarian.h"
#include "stem_UTF_8_indonesian.h"
#include "stem_UTF_8_italian.h"
#include "stem_UTF_8_norwegian.h"
#include "stem_UTF_8_portuguese.h"
#include "stem_UTF_8_romanian.h"
#include "stem_UTF_8_russian.h"
#include "stem_UTF_8_serbian.h"
#include "stem_UTF_8_spanish.h"
#include "stem_UTF_8_swedish.h"
#include "stem_UTF_8_turkish.h"

namespace article_lens {

struct Stemmer::Algorithm {
  std::string_view language;  // ISO 639-1 (or 639-3 where there is no two-letter code)
  SN_env* (*create)();
  void (*close)(SN_env*);
  int (*stem)(SN_env*);
};

namespace {

#define ARTICLE_LENS_SNOWBALL(code, name) \
  Stemmer::Algorithm { code, name##_UTF_8_create_env, name##_UTF_8_close_env, name##_UTF_8_stem }

// Sorted by code: the languages that have keyword data (src/keywords/data/stopwords_<lang>.txt);
// each stemmer costs wasm size, so one without stopwords is left out until its language gets them.
// Norwegian Bokmål texts are tagged "nb" as often as "no"; Snowball's Serbian stemmer is written
// for Serbo-Croatian in both scripts, so Croatian uses it too.
const Stemmer::Algorithm kAlgorithms[] = {
    ARTICLE_LENS_SNOWBALL("ar", arabic),     ARTICLE_LENS_SNOWBALL("ca", catalan),
    ARTICLE_LENS_SNOWBALL("da", danish),     ARTICLE_LENS_SNOWBALL("de", german),
    ARTICLE_LENS_SNOWBALL("el", greek),      ARTICLE_LENS_SNOWBALL("en", english),
    ARTICLE_LENS_SNOWBALL("es", spanish),    ARTICLE_LENS_SNOWBALL("fi", finnish),
    ARTICLE_LENS_SNOWBALL("fr", french),     ARTICLE_LENS_SNOWBALL("hr", serbian),
    ARTICLE_LENS_SNOWBALL("hu", hungarian),  ARTICLE_LENS_SNOWBALL("id", indonesian),
    ARTICLE_LENS_SNOWBALL("it", italian),    ARTICLE_LENS_SNOWBALL("nb", norwegian),
    ARTICLE_LENS_SNOWBALL("nl", dutch),      ARTICLE_LENS_SNOWBALL("no", norwegian),
    ARTICLE_LENS_SNOWBALL("pt", portuguese), ARTICLE_LENS_SNOWBALL("ro", romanian),
    ARTICLE_LENS_SNOWBALL("ru", russian),    ARTICLE_LENS_SNOWBALL("sv", swedish),
    ARTICLE_LENS_SNOWBALL("tr", turkish),
};

#undef ARTICLE_LENS_SNOWBALL

// Longer "words" are URLs, hashes or junk; stemming them groups nothing and costs time.
constexpr std::size_t kMaxStemBytes = 96;

}  // namespace

Stemmer::Stemmer(std::string_view language) {
  const auto* end = std::end(kAlgorithms);
  const auto* found = std::lower_bound(std::begin(kAlgorithms), end, language,
                                       [](const Algorithm& a, std::string_view code) { return a.language < code; });
  if (found == end || found->language != language) return;
  algorithm_ = found;
  env_ = found->create();  // null when out of memory: then this stemmer simply does nothing
}

Stemmer::~Stemmer() {
  if (env_) algorithm_->close(env_);
}

std::string_view Stemmer::stem(std::string_view folded) {
  if (!env_ || folded.empty() || folded.size() > kMaxStemBytes) return folded;
  if (SN_set_current(env_, static_cast<int>(folded.size()), reinterpret_cast<const symbol*>(folded.data())) != 0)
    return folded;
  if (algorithm_->stem(env_) < 0) return folded;
  return std::string_view(reinterpret_cast<const char*>(env_->p), static_cast<std::size_t>(env_->l));
}

std::vector<std::string> Stemmer::languages() {
  std::vector<std::string> codes;
  for (const Algorithm& algorithm : kAlgorithms) codes.emplace_back(algorithm.language);
  return codes;
}

}  // namespace article_lens
