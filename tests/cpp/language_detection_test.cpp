#include <gtest/gtest.h>

#include <string>

#include "article_lens.h"
#include "language/language_detector.h"

namespace article_lens {
namespace {

TEST(LanguageDetection, ScriptThenWords) {
  EXPECT_EQ(detect_language("The president said that the talks were useful and would go on."), "en");
  EXPECT_EQ(detect_language("Der Präsident sagte, dass die Gespräche nützlich waren und weitergehen."), "de");
  EXPECT_EQ(detect_language("Le président a dit que les discussions étaient utiles pour les deux pays."), "fr");
  EXPECT_EQ(detect_language("El presidente dijo que las conversaciones fueron útiles para los dos países."), "es");
  EXPECT_EQ(detect_language("Президент сказал, что переговоры были полезными и что они будут продолжены."), "ru");
  EXPECT_EQ(detect_language("Президент сказав, що переговори були корисними і що вони будуть продовжені."), "uk");
  EXPECT_EQ(detect_language("Президент келіссөздер пайдалы болды және олар жалғасады деп мәлімдеді."), "kk");
  EXPECT_EQ(detect_language("Президентът каза, че преговорите са били полезни и ще продължат."), "bg");
  EXPECT_EQ(detect_language("قال الرئيس إن المحادثات كانت مفيدة وإنها ستستمر."), "ar");
  EXPECT_EQ(detect_language("رئیس جمهور گفت که این گفتگوها برای هر دو کشور مفید بود."), "fa");
  EXPECT_EQ(detect_language("これはペンです。それはマーカーです。"), "ja");
  EXPECT_EQ(detect_language("我们明天一起去看电影好吗？"), "zh");
  EXPECT_EQ(detect_language("Ի՞նչ ես մտածում: Ոչինչ:"), "hy");
  EXPECT_EQ(detect_language("Πού είναι οι τουαλέτες;"), "el");
}

TEST(LanguageDetection, ShortAndEmptyTexts) {
  EXPECT_EQ(detect_language(""), "en");
  EXPECT_EQ(detect_language("12345 !!!"), "en");
  EXPECT_EQ(detect_language("Привет"), "ru");   // the script's likeliest language
  EXPECT_EQ(detect_language("\xFF\xFE\xFD"), "en");
}

TEST(LanguageDetection, ReportedByAnalyze) {
  const Analysis result = analyze("Президент сказал, что переговоры были полезными.");
  EXPECT_TRUE(result.language_detected);
  EXPECT_EQ(result.language, "ru");
  // Every language detection can return has data, so analyze accepts it.
  for (const char* text : {"እንደምን አለህ፧", "ခင္ဗ်ားနာမည္ဘယ္လိုေခၚလဲ။", "यह सच है।", "کیا حال ہے؟"}) {
    const Analysis other = analyze(text);
    EXPECT_TRUE(other.ok()) << other.error;
  }
}

}  // namespace
}  // namespace article_lens
