// The splitter in languages other than English: each language's data at work.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sentences/sentence_splitter.h"
#include "test_support.h"

namespace article_lens {
namespace {

using Sentences = std::vector<std::string>;

Sentences split(const std::string& lang, const std::string& text, bool hard_wrapped = false) {
  SentenceSplitterOptions options;
  options.hard_wrapped = hard_wrapped;
  Sentences out;
  for (const auto& sentence : SentenceSplitter(lang, options).split(text)) out.push_back(testing::text_of(text, sentence.span));
  return out;
}

TEST(SentenceLanguages, GermanOrdinalsAndAbbreviations) {
  EXPECT_EQ(split("de", "Der Vertrag gilt seit dem 3. Oktober. Er wurde verlängert."),
            (Sentences{"Der Vertrag gilt seit dem 3. Oktober.", "Er wurde verlängert."}));
  EXPECT_EQ(split("de", "Die Zahl steht auf Seite 12. Dort steht mehr."),
            (Sentences{"Die Zahl steht auf Seite 12.", "Dort steht mehr."}));
  EXPECT_EQ(split("de", "Wir trafen Prof. Weber bzw. seine Assistentin, z. B. am Montag."),
            (Sentences{"Wir trafen Prof. Weber bzw. seine Assistentin, z. B. am Montag."}));
  EXPECT_EQ(split("de", "„Wir sind fertig.“ Dann gingen wir."), (Sentences{"„Wir sind fertig.“", "Dann gingen wir."}));
}

TEST(SentenceLanguages, RussianInitialsUnitsAndDialogue) {
  EXPECT_EQ(split("ru", "А. Г. Лукашенко прибыл в г. Минск. Встреча началась."),
            (Sentences{"А. Г. Лукашенко прибыл в г. Минск.", "Встреча началась."}));
  EXPECT_EQ(split("ru", "Это было в 2019 г. В этом году всё иначе."),
            (Sentences{"Это было в 2019 г.", "В этом году всё иначе."}));
  EXPECT_EQ(split("ru", "«Куда ты?» — спросила мама."), (Sentences{"«Куда ты?» — спросила мама."}));
}

TEST(SentenceLanguages, SpanishInvertedMarksAndTitles) {
  EXPECT_EQ(split("es", "¡Hola Srta. Ledesma! ¿Cómo está? Bien."),
            (Sentences{"¡Hola Srta. Ledesma!", "¿Cómo está?", "Bien."}));
}

TEST(SentenceLanguages, ItalianElidedTitle) {
  EXPECT_EQ(split("it", "Sono l'Ing. Rossi. È presente l'Avv. Bianchi?"),
            (Sentences{"Sono l'Ing. Rossi.", "È presente l'Avv. Bianchi?"}));
}

TEST(SentenceLanguages, ScriptsWithTheirOwnStops) {
  EXPECT_EQ(split("zh", "我们明天去看《摔跤吧！爸爸》好吗？好！"), (Sentences{"我们明天去看《摔跤吧！爸爸》好吗？", "好！"}));
  EXPECT_EQ(split("ja", "これはペンです。それは３．２９％です。"), (Sentences{"これはペンです。", "それは３．２９％です。"}));
  EXPECT_EQ(split("ja", "「こんにちは。」と言った。「はい。」"), (Sentences{"「こんにちは。」と言った。", "「はい。」"}));
  EXPECT_EQ(split("hi", "यह सच है। वह नहीं जानता।"), (Sentences{"यह सच है।", "वह नहीं जानता।"}));
  EXPECT_EQ(split("am", "እንደምን አለህ፧መልካም ቀን ይሁንልህ።"), (Sentences{"እንደምን አለህ፧", "መልካም ቀን ይሁንልህ።"}));
  EXPECT_EQ(split("el", "Πού είναι; Εδώ."), (Sentences{"Πού είναι;", "Εδώ."}));
  EXPECT_EQ(split("hy", "Տրամաբանությունը հետևյալն է. պարզություն: Ոչինչ:"),
            (Sentences{"Տրամաբանությունը հետևյալն է. պարզություն:", "Ոչինչ:"}));
}

TEST(SentenceLanguages, AClosingCurlyMarkBeforeAnIdeographStaysWithItsSentence) {
  // "。”然后": no space is written, so the right-hand mark still closes the quotation and the
  // sentence; no sentence opens with it.
  const Sentences got = split("zh", "他表示：“我们会继续努力。”她还说，“这是共同责任。”然后会议结束了。");
  for (const std::string& sentence : got) EXPECT_NE(sentence.rfind("\xE2\x80\x9D", 0), 0u) << sentence;
  EXPECT_EQ(got.back(), "然后会议结束了。");
}

TEST(SentenceLanguages, ArabicStopsThroughBidiControls) {
  // "د." (Dr.) with its period wrapped in LRE/PDF controls stays inside the sentence.
  const std::string text = "وقال د\u202a.\u202c ديفيد إنها مريضة. وليس معروفا.";
  EXPECT_EQ(split("ar", text).size(), 2u);
  EXPECT_EQ(split("ar", "ماذا حدث؟ لا أحد يعرف."), (Sentences{"ماذا حدث؟", "لا أحد يعرف."}));
}

TEST(SentenceLanguages, JapaneseLineWrapAfterAParticle) {
  EXPECT_EQ(split("ja", "これは父の\n家です。").size(), 1u);
  EXPECT_EQ(split("ja", "見出しです\n本文です。").size(), 2u);
}

}  // namespace
}  // namespace article_lens
