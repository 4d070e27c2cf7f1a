// Normalisation for matching words: NFKC with full Unicode case folding (utf8proc), so "Straße",
// "STRASSE" and "strasse" match, and compatibility forms (ﬁ, full-width letters) read as their plain
// letters. Surface forms are kept elsewhere; this is only the key used to compare.
#pragma once

#include <string>
#include <string_view>

namespace article_lens::unicode {

// NFKC_Casefold of `text`. Invalid UTF-8 bytes become U+FFFD; never fails.
std::string fold_case(std::string_view text);

// Same, appended to `out` (reuses the caller's buffer on hot paths).
void append_folded(std::string& out, std::string_view text);

// Simple per-character lower case (utf8proc_tolower), no normalisation, for showing a word as it
// would be written inside a sentence: "Talks" -> "talks", "ΑΘΗΝΑ" -> "αθηνα". Invalid bytes become U+FFFD.
std::string to_lower(std::string_view text);

}  // namespace article_lens::unicode
