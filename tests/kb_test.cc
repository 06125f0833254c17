// The knowledge base: the shipped files load; bad files are reported with
// the file and line or entry; offices are resolved by date.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/kb/knowledge_base.h"
#include "gtest/gtest.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

v1::Date Day(int year, int month, int day) {
  v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

std::vector<std::string> Ids(const std::vector<const v1::Actor*>& actors) {
  std::vector<std::string> ids;
  for (const v1::Actor* actor : actors) ids.push_back(actor->id());
  return ids;
}

// An office named by `phrase` and the one person holding it on `date`.
struct OfficeCase {
  const char* phrase;
  v1::Date date;
  const char* holder;
};

class ShippedKbTest : public ::testing::Test {
 protected:
  // Each phrase resolves to exactly its holder on its date.
  static void ExpectSoleHolders(const std::vector<OfficeCase>& cases) {
    for (const OfficeCase& c : cases) {
      const std::vector<std::string> found =
          Ids(kb_->Resolve(c.phrase, c.date));
      ASSERT_EQ(found.size(), 1u) << c.phrase;
      EXPECT_EQ(found[0], c.holder) << c.phrase;
    }
  }
  static void SetUpTestSuite() {
    absl::StatusOr<std::unique_ptr<KnowledgeBase>> kb =
        KnowledgeBase::LoadDefault();
    ASSERT_TRUE(kb.ok()) << kb.status();
    kb_ = kb->release();
  }
  static void TearDownTestSuite() {
    delete kb_;
    kb_ = nullptr;
  }
  static const KnowledgeBase* kb_;
};
const KnowledgeBase* ShippedKbTest::kb_ = nullptr;

TEST_F(ShippedKbTest, KnowsAgreementsByTheirNames) {
  ASSERT_NE(kb_, nullptr);
  const std::vector<const v1::AgreementDefinition*> start =
      kb_->AgreementsNamed(AgreementWordsOf("New START"), Day(2023, 2, 21));
  ASSERT_EQ(start.size(), 1u);
  EXPECT_EQ(start[0]->id(), "new-start");
  // Russia signed a treaty of this name with North Korea and with Iran.
  EXPECT_EQ(kb_->AgreementsNamed(AgreementWordsOf("the Treaty on "
                                                  "Comprehensive Strategic "
                                                  "Partnership"),
                                 Day(2025, 4, 2))
                .size(),
            2u);
  EXPECT_TRUE(
      kb_->AgreementsNamed(AgreementWordsOf("the grain deal"), Day(2012, 1, 9))
          .empty());
}

TEST_F(ShippedKbTest, LoadsEntries) {
  ASSERT_NE(kb_, nullptr);
  const v1::Actor* iran = kb_->FindActor("iran");
  ASSERT_NE(iran, nullptr);
  EXPECT_EQ(iran->kind(), v1::ACTOR_KIND_COUNTRY);
  EXPECT_EQ(iran->capital(), "tehran");
  const v1::Place* tehran = kb_->FindPlace("tehran");
  ASSERT_NE(tehran, nullptr);
  EXPECT_EQ(tehran->country(), "iran");
  const v1::Actor* putin = kb_->FindActor("vladimir-putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->kind(), v1::ACTOR_KIND_PERSON);
  EXPECT_EQ(kb_->FindActor("no-such-person"), nullptr);
  EXPECT_EQ(kb_->FindPlace("iran"), nullptr);  // A country, not a place.
  // Every id in the shipped files is kebab-case.
  for (const v1::Actor& actor : kb_->actors()) {
    EXPECT_TRUE(IsValidId(actor.id())) << actor.id();
  }
  for (const v1::Place& place : kb_->places()) {
    EXPECT_TRUE(IsValidId(place.id())) << place.id();
  }
}

TEST_F(ShippedKbTest, LeaderSeatsAreInstitutionsOfCountriesWithALeader) {
  int seats = 0;
  for (const v1::Actor& actor : kb_->actors()) {
    for (const std::string& seat : actor.leader_seats()) {
      ++seats;
      EXPECT_EQ(actor.kind(), v1::ACTOR_KIND_COUNTRY) << seat;
      EXPECT_FALSE(actor.leader_title().empty()) << seat;
      EXPECT_NE(std::find(actor.institutions().begin(),
                          actor.institutions().end(), seat),
                actor.institutions().end())
          << seat;
    }
  }
  EXPECT_GT(seats, 0);
}

TEST_F(ShippedKbTest, NounsAreLowercaseWordsOfOrganizations) {
  // The text matches a noun as one lowercase token after "the".
  int nouns = 0;
  for (const v1::Actor& actor : kb_->actors()) {
    for (const std::string& noun : actor.nouns()) {
      ++nouns;
      EXPECT_EQ(actor.kind(), v1::ACTOR_KIND_ORGANIZATION) << noun;
      EXPECT_FALSE(noun.empty()) << actor.id();
      for (char c : noun) EXPECT_TRUE(c >= 'a' && c <= 'z') << noun;
    }
  }
  EXPECT_GT(nouns, 0);
  const v1::Actor* iaea = kb_->FindActor("iaea");
  ASSERT_NE(iaea, nullptr);
  EXPECT_NE(std::find(iaea->nouns().begin(), iaea->nouns().end(), "agency"),
            iaea->nouns().end());
}

TEST_F(ShippedKbTest, IranianPresidentByDate) {
  const v1::Actor* raisi = kb_->FindActor("ebrahim-raisi");
  const v1::Actor* pezeshkian = kb_->FindActor("masoud-pezeshkian");
  ASSERT_NE(raisi, nullptr);
  ASSERT_NE(pezeshkian, nullptr);

  const v1::Role* role = kb_->RoleOn(*raisi, Day(2022, 1, 19));
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->title(), "president");
  EXPECT_EQ(role->country(), "iran");
  EXPECT_EQ(kb_->RoleOn(*pezeshkian, Day(2022, 1, 19)), nullptr);
  role = kb_->RoleOn(*pezeshkian, Day(2024, 10, 1));
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->title(), "president");
  EXPECT_EQ(kb_->RoleOn(*raisi, Day(2024, 10, 1)), nullptr);

  EXPECT_EQ(Ids(kb_->OfficeHolders("president", "iran", Day(2022, 1, 19))),
            std::vector<std::string>{"ebrahim-raisi"});
  EXPECT_EQ(Ids(kb_->OfficeHolders("president", "iran", Day(2024, 10, 1))),
            std::vector<std::string>{"masoud-pezeshkian"});
  // The day Pezeshkian took office.
  EXPECT_EQ(Ids(kb_->OfficeHolders("president", "iran", Day(2024, 7, 28))),
            std::vector<std::string>{"masoud-pezeshkian"});
}

TEST_F(ShippedKbTest, ResolvesTitlesByDate) {
  for (const char* phrase :
       {"Iranian president", "the Iranian President", "Iran president"}) {
    std::vector<std::string> early =
        Ids(kb_->Resolve(phrase, Day(2022, 1, 19)));
    ASSERT_FALSE(early.empty()) << phrase;
    EXPECT_EQ(early[0], "ebrahim-raisi") << phrase;
    std::vector<std::string> late = Ids(kb_->Resolve(phrase, Day(2024, 10, 1)));
    ASSERT_FALSE(late.empty()) << phrase;
    EXPECT_EQ(late[0], "masoud-pezeshkian") << phrase;
  }
}

TEST_F(ShippedKbTest, ResolvesOfficesThatChangedHands) {
  const std::vector<OfficeCase> cases = {
      {"Turkish central bank governor", Day(2023, 10, 2), "hafize-gaye-erkan"},
      {"Turkish central bank governor", Day(2024, 6, 3), "fatih-karahan"},
      {"US speaker", Day(2020, 5, 4), "nancy-pelosi"},
      {"US speaker", Day(2024, 5, 6), "mike-johnson"},
      {"Israeli chief of the general staff", Day(2020, 6, 1), "aviv-kochavi"},
      {"Israeli chief of staff of the armed forces", Day(2024, 6, 1),
       "herzi-halevi"},
      {"Indian army chief", Day(2023, 1, 15), "manoj-pande"},
      {"Egyptian central bank governor", Day(2023, 3, 1), "hassan-abdalla"},
      {"Colombian president", Day(2020, 3, 1), "ivan-duque"},
      {"Colombian president", Day(2023, 3, 1), "gustavo-petro"},
      {"Swiss president", Day(2024, 3, 1), "viola-amherd"},
  };
  ExpectSoleHolders(cases);
  // An ambassador's posting: Xie Feng in Washington after Qin Gang.
  const v1::Actor* qin = kb_->FindActor("qin-gang");
  const v1::Actor* xie = kb_->FindActor("xie-feng");
  ASSERT_NE(qin, nullptr);
  ASSERT_NE(xie, nullptr);
  const v1::Role* role = kb_->RoleOn(*qin, Day(2022, 3, 1));
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->title(), "ambassador");
  EXPECT_EQ(role->posted_to(), "united-states");
  role = kb_->RoleOn(*xie, Day(2024, 3, 1));
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->title(), "ambassador");
  EXPECT_EQ(role->posted_to(), "united-states");
  // Countries and capitals added for the smaller UN members.
  const v1::Actor* samoa = kb_->FindActor("samoa");
  ASSERT_NE(samoa, nullptr);
  EXPECT_EQ(samoa->capital(), "apia");
  const v1::Place* apia = kb_->FindPlace("apia");
  ASSERT_NE(apia, nullptr);
  EXPECT_EQ(apia->country(), "samoa");
  const std::vector<std::string> found = Ids(kb_->Resolve("Samoa", {}));
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "samoa");
}

TEST_F(ShippedKbTest, ResolvesMinistersAndNegotiatorsByDate) {
  const std::vector<OfficeCase> cases = {
      {"Japanese finance minister", Day(2022, 6, 1), "shunichi-suzuki"},
      {"Japanese finance minister", Day(2025, 11, 15), "satsuki-katayama"},
      {"Japanese trade negotiator", Day(2025, 7, 1), "ryosei-akazawa"},
      {"Japanese trade minister", Day(2025, 11, 1), "ryosei-akazawa"},
      {"Japanese trade minister", Day(2025, 5, 1), "yoji-muto"},
      {"South Korean finance minister", Day(2020, 3, 1), "hong-nam-ki"},
      {"Chinese trade negotiator", Day(2019, 5, 1), "liu-he"},
      {"Chinese trade negotiator", Day(2025, 6, 1), "he-lifeng"},
      {"Qatari defence minister", Day(2020, 6, 1),
       "khalid-bin-mohammed-al-attiyah"},
      {"British energy secretary", Day(2023, 5, 1), "grant-shapps"},
      {"Vietnamese defence minister", Day(2023, 1, 1), "phan-van-giang"},
      {"Indonesian defense minister", Day(2025, 1, 1), "sjafrie-sjamsoeddin"},
      {"Ukrainian finance minister", Day(2023, 1, 1), "serhiy-marchenko"},
      {"Polish defence minister", Day(2022, 5, 1), "mariusz-blaszczak"},
      {"Polish defence minister", Day(2024, 5, 1), "wladyslaw-kosiniak-kamysz"},
      {"Egyptian finance minister", Day(2025, 1, 1), "ahmed-kouchouk"},
      {"Israeli energy minister", Day(2019, 1, 1), "yuval-steinitz"},
      {"British energy secretary", Day(2024, 1, 1), "claire-coutinho"},
      {"Russian chief negotiator", Day(2025, 6, 1), "vladimir-medinsky"},
      {"Ukrainian chief negotiator", Day(2022, 3, 15), "david-arakhamia"},
      {"Canadian finance minister", Day(2019, 6, 1), "bill-morneau"},
      {"Canadian finance minister", Day(2022, 6, 1), "chrystia-freeland"},
      {"Australian treasurer", Day(2023, 6, 1), "jim-chalmers"},
      {"Mexican economy secretary", Day(2025, 2, 1), "marcelo-ebrard"},
      {"Argentine economy minister", Day(2024, 2, 1), "luis-caputo"},
      {"Nigerian national security adviser", Day(2024, 2, 1), "nuhu-ribadu"},
      {"Rwandan foreign minister", Day(2025, 6, 1), "olivier-nduhungirehe"},
      {"South African trade minister", Day(2025, 6, 1), "parks-tau"},
      {"US trade negotiator", Day(2019, 5, 1), "robert-lighthizer"},
      {"Italian industry minister", Day(2024, 3, 1), "adolfo-urso"},
      {"Indonesian chief of presidential staff", Day(2020, 3, 1), "moeldoko"},
  };
  ExpectSoleHolders(cases);
  EXPECT_EQ(Ids(kb_->OfficeHolders("trade commissioner", "european-union",
                                   Day(2025, 4, 1))),
            std::vector<std::string>{"maros-sefcovic"});
  // The Congolese foreign minister is named in full, but 'Wagner' alone is
  // not her.
  std::vector<std::string> found =
      Ids(kb_->Resolve("Thérèse Kayikwamba Wagner", Day(2025, 6, 27)));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], "therese-kayikwamba-wagner");
  for (const std::string& id : Ids(kb_->Resolve("Wagner", Day(2025, 6, 27)))) {
    EXPECT_NE(id, "therese-kayikwamba-wagner");
  }
  EXPECT_EQ(kb_->CanonicalTitle("tariff negotiator"), "chief trade negotiator");
  EXPECT_EQ(kb_->CanonicalTitle("treasurer"), "finance minister");
  // An industry ministry is not the trade ministry everywhere (Saudi Arabia,
  // Turkey, China): the title names the industry minister, never the trade
  // minister.
  EXPECT_EQ(Ids(kb_->Resolve("Saudi industry minister", Day(2025, 6, 1))),
            std::vector<std::string>{"bandar-alkhorayef"});
}

// Central Asian ministers on either side of a handover.
TEST_F(ShippedKbTest, ResolvesCentralAsianMinistersByDate) {
  const std::vector<OfficeCase> cases = {
      {"Kazakh defence minister", Day(2021, 6, 1), "nurlan-yermekbayev"},
      {"Kazakh defence minister", Day(2021, 10, 1), "murat-bektanov"},
      {"Kazakh defense minister", Day(2024, 3, 1), "ruslan-zhaksylykov"},
      {"Kazakh defence minister", Day(2025, 7, 1), "dauren-kosanov"},
      {"Kazakh foreign minister", Day(2025, 6, 1), "murat-nurtleu"},
      {"Kazakh foreign minister", Day(2025, 10, 15), "yermek-kosherbayev"},
      {"Kazakh energy minister", Day(2024, 5, 1), "almasadam-satkaliyev"},
      {"Kazakh energy minister", Day(2025, 5, 1), "yerlan-akkenzhenov"},
      {"Uzbek defence minister", Day(2023, 5, 1), "bakhodir-kurbanov"},
      {"Uzbek defence minister", Day(2025, 2, 1), "shukhrat-khalmukhamedov"},
      {"Tajik defence minister", Day(2022, 9, 1), "sherali-mirzo"},
      {"Tajik finance minister", Day(2024, 2, 29), "fayziddin-qahhorzoda"},
      {"Uzbek energy minister", Day(2020, 6, 1), "alisher-sultanov"},
      {"Uzbek finance minister", Day(2018, 6, 1), "jamshid-kuchkarov"},
      {"Turkmen defence minister", Day(2022, 4, 6), "begench-gundogdyev"},
      {"Kyrgyz prime minister", Day(2019, 5, 1), "mukhammedkaly-abylgaziev"},
      {"Kyrgyz prime minister", Day(2020, 8, 1), "kubatbek-boronov"},
      {"Kyrgyz prime minister", Day(2021, 4, 1), "ulukbek-maripov"},
      {"Kyrgyz economy minister", Day(2021, 8, 1), "akylbek-japarov"},
      {"Kyrgyz minister of economy and commerce", Day(2023, 6, 1),
       "daniyar-amangeldiev"},
  };
  ExpectSoleHolders(cases);
}

// Caucasian, Pakistani, Gulf, Korean, Turkish, Chinese and US offices on
// either side of a handover (acting holders included, as the KB lists them).
TEST_F(ShippedKbTest, ResolvesRegionalOfficesThatChangedHands) {
  const std::vector<OfficeCase> cases = {
      {"Armenian economy minister", Day(2019, 6, 1), "tigran-khachatryan"},
      {"Armenian economy minister", Day(2022, 6, 1), "vahan-kerobyan"},
      {"Armenian economy minister", Day(2024, 9, 1), "gevorg-papoyan"},
      {"Armenian finance minister", Day(2022, 3, 1), "tigran-khachatryan"},
      {"Armenian finance minister", Day(2023, 6, 1), "vahe-hovhannisyan"},
      {"Armenian prime minister", Day(2018, 2, 1), "karen-karapetyan"},
      {"Armenian foreign minister", Day(2018, 2, 1), "edward-nalbandyan"},
      {"Azerbaijani prime minister", Day(2018, 2, 1), "artur-rasizade"},
      {"Pakistani prime minister", Day(2018, 3, 1), "shahid-khaqan-abbasi"},
      {"Pakistani foreign minister", Day(2018, 3, 1), "khawaja-asif"},
      {"Pakistani energy minister", Day(2020, 1, 1), "omar-ayub"},
      {"Pakistani energy minister", Day(2021, 9, 1), "hammad-azhar"},
      {"Pakistani power minister", Day(2024, 9, 1), "awais-leghari"},
      {"Iranian economy minister", Day(2025, 8, 1), "ali-madanizadeh"},
      {"Saudi economy minister", Day(2018, 6, 1), "mohammed-al-tuwaijri"},
      {"Saudi economy minister", Day(2020, 4, 1), "mohammed-al-jadaan"},
      {"Saudi economy minister", Day(2023, 5, 1), "faisal-alibrahim"},
      {"Saudi prime minister", Day(2020, 5, 1), "salman-bin-abdulaziz"},
      {"Saudi prime minister", Day(2023, 5, 1), "mohammed-bin-salman"},
      {"North Korean defence minister", Day(2020, 6, 1), "kim-jong-gwan"},
      {"North Korean defence minister", Day(2022, 6, 1), "ri-yong-gil"},
      {"Turkish prime minister", Day(2018, 3, 1), "binali-yildirim"},
      {"Turkish defence minister", Day(2018, 3, 1), "nurettin-canikli"},
      {"Kazakh finance minister", Day(2023, 1, 1), "yerulan-zhamaubayev"},
      {"Kazakh finance minister", Day(2025, 1, 1), "madi-takiyev"},
      {"Chinese defence minister", Day(2018, 1, 1), "chang-wanquan"},
      {"US defense secretary", Day(2019, 3, 1), "patrick-shanahan"},
      {"US secretary of state", Day(2018, 4, 10), "john-sullivan"},
      {"Iranian trade minister", Day(2019, 6, 1), "reza-rahmani"},
      {"Iranian trade minister", Day(2021, 3, 1), "alireza-razmhosseini"},
      {"Turkish economy minister", Day(2018, 3, 1), "nihat-zeybekci"},
      {"Indian power minister", Day(2024, 9, 1), "manohar-lal-khattar"},
      {"Indian permanent representative", Day(2023, 3, 1), "ruchira-kamboj"},
      {"Pakistani permanent representative", Day(2022, 3, 1), "munir-akram"},
  };
  ExpectSoleHolders(cases);
  // Turkey has had no prime minister since the presidential system.
  EXPECT_TRUE(kb_->Resolve("Turkish prime minister", Day(2020, 1, 1)).empty());
}

// Ministers of countries outside the core list, and a ruler of the past,
// by date and by the names the press uses.
TEST_F(ShippedKbTest, ResolvesMinistersOfMoreCountries) {
  const std::vector<OfficeCase> cases = {
      {"Thai defence minister", Day(2024, 1, 15), "sutin-klungsang"},
      {"Thai defence minister", Day(2025, 3, 1), "phumtham-wechayachai"},
      {"Malaysian finance minister", Day(2021, 6, 1),
       "tengku-zafrul-abdul-aziz"},
      {"Eritrean foreign minister", Day(2018, 7, 1), "osman-saleh"},
      {"South African agriculture minister", Day(2025, 2, 1),
       "john-steenhuisen"},
      {"Brazilian agriculture minister", Day(2024, 5, 1), "carlos-favaro"},
      {"Russian agriculture minister", Day(2025, 2, 1), "oksana-lut"},
      {"Indian prime minister", Day(1982, 5, 1), "indira-gandhi"},
      {"Nepali foreign minister", Day(2025, 3, 1), "arzu-rana-deuba"},
      {"Emirati defence minister", Day(2025, 3, 1), "hamdan-bin-mohammed"},
      {"Emirati finance minister", Day(2023, 3, 1), "maktoum-bin-mohammed"},
  };
  ExpectSoleHolders(cases);
  for (const auto& [name, id] :
       std::vector<std::pair<std::string, std::string>>{
           {"Tengku Zafrul", "tengku-zafrul-abdul-aziz"},
           {"Osman Saleh", "osman-saleh"},
           {"Ri Pyong-chol", "ri-pyong-chol"},
           {"Serdar Kılıç", "serdar-kilic"},
           {"Aleksandr Kozlov", "alexander-kozlov"},
           // A first name that is another person's short name.
           {"Emomali Rakhmon", "emomali-rahmon"},
           {"Hamdan bin Mohammed bin Rashid", "hamdan-bin-mohammed"},
           {"Sayyid Badr bin Hamad Al Busaidi", "badr-albusaidi"},
           // A family name shared with a former prime minister.
           {"Elnur Mammadov", "elnur-mammadov"},
           {"Arzu Rana Deuba", "arzu-rana-deuba"},
           {"Mohammad Hassan Akhund", "mohammad-hasan-akhund"}}) {
    EXPECT_EQ(Ids(kb_->Resolve(name, Day(2024, 6, 1))),
              std::vector<std::string>{id})
        << name;
  }
}

// Heads of state and government, foreign and defence ministers who were in
// office early in 2018 or between two holders listed earlier.
TEST_F(ShippedKbTest, ResolvesEarlierHoldersOfTopOffices) {
  const std::vector<OfficeCase> cases = {
      {"Norwegian foreign minister", Day(2019, 5, 1), "ine-eriksen-soreide"},
      {"Norwegian foreign minister", Day(2022, 5, 1), "anniken-huitfeldt"},
      {"Norwegian foreign minister", Day(2024, 5, 1), "espen-barth-eide"},
      {"Danish foreign minister", Day(2018, 5, 1), "anders-samuelsen"},
      {"Danish foreign minister", Day(2020, 5, 1), "jeppe-kofod"},
      {"Chilean president", Day(2019, 5, 1), "sebastian-pinera"},
      {"Chilean president", Day(2023, 5, 1), "gabriel-boric"},
      {"Israeli foreign minister", Day(2018, 6, 1), "benjamin-netanyahu"},
      {"Swiss president", Day(2022, 6, 1), "ignazio-cassis"},
      {"Estonian prime minister", Day(2019, 6, 1), "juri-ratas"},
      {"Bulgarian prime minister", Day(2021, 9, 1), "stefan-yanev"},
      {"Kosovar president", Day(2019, 6, 1), "hashim-thaci"},
      {"Ethiopian prime minister", Day(2018, 2, 1), "hailemariam-desalegn"},
      {"Greek foreign minister", Day(2019, 3, 1), "georgios-katrougalos"},
      {"Luxembourg foreign minister", Day(2020, 3, 1), "jean-asselborn"},
      {"Romanian foreign minister", Day(2018, 3, 1), "teodor-melescanu"},
      {"Slovak foreign minister", Day(2023, 1, 1), "rastislav-kacer"},
      {"Rwandan foreign minister", Day(2018, 5, 1), "louise-mushikiwabo"},
      {"Philippine foreign minister", Day(2018, 3, 1), "alan-peter-cayetano"},
      {"Syrian defence minister", Day(2020, 3, 1), "ali-abdullah-ayyoub"},
      {"Syrian defence minister", Day(2023, 3, 1), "ali-mahmoud-abbas"},
      {"Romanian prime minister", Day(2019, 6, 1), "viorica-dancila"},
      {"Romanian prime minister", Day(2024, 6, 1), "marcel-ciolacu"},
      {"Romanian prime minister", Day(2025, 9, 1), "ilie-bolojan"},
      {"Hungarian president", Day(2020, 6, 1), "janos-ader"},
      {"Greek president", Day(2022, 6, 1), "katerina-sakellaropoulou"},
      {"Lithuanian prime minister", Day(2022, 6, 1), "ingrida-simonyte"},
      {"Palestinian foreign minister", Day(2024, 6, 1), "mohammad-mustafa"},
      {"Croatian foreign minister", Day(2018, 6, 1), "marija-pejcinovic-buric"},
      {"Croatian foreign minister", Day(2022, 6, 1), "gordan-grlic-radman"},
      {"Kenyan foreign minister", Day(2021, 6, 1), "raychelle-omamo"},
      {"Cambodian foreign minister", Day(2020, 6, 1), "prak-sokhonn"},
      {"Myanmar foreign minister", Day(2019, 6, 1), "aung-san-suu-kyi"},
  };
  ExpectSoleHolders(cases);
}

TEST_F(ShippedKbTest, ResolvesNamesAliasesAndInstitutions) {
  const v1::Date date = Day(2024, 10, 1);
  std::vector<std::string> found = Ids(kb_->Resolve("Araqchi", date));
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "abbas-araghchi");
  found = Ids(kb_->Resolve("RAISI", date));  // Case-insensitive.
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "ebrahim-raisi");
  found = Ids(kb_->Resolve("the Kremlin", date));
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "russia");
  found = Ids(kb_->Resolve("masoud-pezeshkian", date));
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "masoud-pezeshkian");
  EXPECT_TRUE(kb_->Resolve("Zorblax Quuin", date).empty());
}

TEST_F(ShippedKbTest, ResolvesTransliterationVariants) {
  const v1::Date date = Day(2025, 3, 1);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Sybiga", "andrii-sybiha"},
      {"Muhammad Bagher Ghalibaf", "mohammad-bagher-ghalibaf"},
      {"Vitaliy Savelyev", "vitaly-savelyev"},
      {"Dmitry Kuleba", "dmytro-kuleba"},
      {"Abul Gheit", "ahmed-aboul-gheit"},
      {"Sissi", "abdel-fattah-el-sisi"},
  };
  for (const auto& [name, id] : cases) {
    const std::vector<std::string> found = Ids(kb_->Resolve(name, date));
    ASSERT_FALSE(found.empty()) << name;
    EXPECT_EQ(found[0], id) << name;
  }
}

TEST_F(ShippedKbTest, CanonicalTitles) {
  EXPECT_EQ(kb_->CanonicalTitle("minister of foreign affairs"),
            "foreign minister");
  EXPECT_EQ(kb_->CanonicalTitle("Foreign Minister"), "foreign minister");
  EXPECT_EQ(kb_->CanonicalTitle("roads minister"), "transport minister");
  EXPECT_EQ(kb_->CanonicalTitle("chief juggler"), "");
}

TEST(IdTest, SurnameOf) {
  EXPECT_EQ(SurnameOf("Vladimir Putin"), "Putin");
  EXPECT_EQ(SurnameOf("Ferdinand Marcos Jr"), "Marcos");
  EXPECT_EQ(SurnameOf("Joseph R. Biden Jr."), "Biden");
  EXPECT_EQ(SurnameOf("Abdullah II"), "");
  EXPECT_EQ(SurnameOf("Madonna"), "");
}

TEST(IdTest, IdFromName) {
  EXPECT_EQ(IdFromName("Abdolnaser Hemmati"), "abdolnaser-hemmati");
  EXPECT_EQ(IdFromName("Recep Tayyip Erdo\xC4\x9F"
                       "an"),
            "recep-tayyip-erdogan");
  EXPECT_EQ(IdFromName("Mevl\xC3\xBCt \xC3\x87"
                       "avu\xC5\x9F"
                       "o\xC4\x9Flu"),
            "mevlut-cavusoglu");
  EXPECT_EQ(IdFromName("Jos\xC3\xA9 Ramos-Horta"), "jose-ramos-horta");
  EXPECT_EQ(IdFromName("Mas'ud  Pezeshkian"), "masud-pezeshkian");
  EXPECT_EQ(IdFromName("  S. Jaishankar "), "s-jaishankar");
}

TEST(IdTest, IsValidId) {
  EXPECT_TRUE(IsValidId("vladimir-putin"));
  EXPECT_TRUE(IsValidId("g7"));
  EXPECT_FALSE(IsValidId(""));
  EXPECT_FALSE(IsValidId("Vladimir-Putin"));
  EXPECT_FALSE(IsValidId("vladimir_putin"));
  EXPECT_FALSE(IsValidId("-putin"));
  EXPECT_FALSE(IsValidId("putin-"));
  EXPECT_FALSE(IsValidId("vladimir--putin"));
  EXPECT_FALSE(
      IsValidId("erdo\xC4\x9F"
                "an"));
}

// Knowledge-base files written to a fresh temp directory.
class KbFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const ::testing::TestInfo* info =
        ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) /
           (std::string("kb_test_") + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& contents) {
    const fs::path path = dir_ / name;
    std::ofstream(path) << contents;
    return path.string();
  }

  absl::Status LoadStatus(const std::vector<std::string>& paths) {
    return KnowledgeBase::Load(paths).status();
  }

  fs::path dir_;
};

constexpr char kCountries[] = R"pb(
  actors {
    id: "freedonia"
    name: "Freedonia"
    kind: ACTOR_KIND_COUNTRY
    adjectives: "Freedonian"
    capital: "fredville"
    leader_title: "president"
  }
  places { id: "fredville" name: "Fredville" country: "freedonia" }
  titles { title: "president" aliases: "head of state" }
)pb";

TEST_F(KbFilesTest, LoadsAValidDirectory) {
  Write("a_countries.textproto", kCountries);
  Write("b_persons.textproto", R"pb(
    actors {
      id: "rufus-firefly"
      name: "Rufus Firefly"
      kind: ACTOR_KIND_PERSON
      country: "freedonia"
      roles {
        title: "president"
        country: "freedonia"
        start { year: 1933 }
      }
    }
  )pb");
  Write("notes.txt", "not a knowledge-base file {{{");  // Ignored.
  absl::StatusOr<std::unique_ptr<KnowledgeBase>> kb =
      KnowledgeBase::Load({dir_.string()});
  ASSERT_TRUE(kb.ok()) << kb.status();
  EXPECT_EQ((*kb)->actors().size(), 2u);
  std::vector<std::string> found =
      Ids((*kb)->Resolve("Freedonian president", Day(1934, 2, 1)));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], "rufus-firefly");
  EXPECT_TRUE((*kb)->Resolve("Freedonian president", Day(1932, 2, 1)).empty());
}

TEST_F(KbFilesTest, RolesCoverTheirDaysToTheBoundaries) {
  Write("a_countries.textproto", kCountries);
  Write("b_persons.textproto", R"pb(
    titles { title: "foreign minister" }
    actors {
      id: "rufus-firefly"
      name: "Rufus Firefly"
      kind: ACTOR_KIND_PERSON
      country: "freedonia"
      roles {
        title: "president"
        country: "freedonia"
        start { year: 1932 month: 2 day: 29 }
        end { year: 1933 month: 4 }
      }
    }
    actors {
      id: "bob-roland"
      name: "Bob Roland"
      kind: ACTOR_KIND_PERSON
      country: "freedonia"
      roles {
        title: "president"
        country: "freedonia"
        start { year: 1930 month: 1 day: 5 }
      }
      roles {
        title: "foreign minister"
        country: "freedonia"
        start { year: 1930 month: 1 day: 20 }
      }
    }
  )pb");
  absl::StatusOr<std::unique_ptr<KnowledgeBase>> kb =
      KnowledgeBase::Load({dir_.string()});
  ASSERT_TRUE(kb.ok()) << kb.status();
  const v1::Actor* rufus = (*kb)->FindActor("rufus-firefly");
  ASSERT_NE(rufus, nullptr);
  EXPECT_EQ((*kb)->RoleOn(*rufus, Day(1932, 2, 28)), nullptr);
  EXPECT_NE((*kb)->RoleOn(*rufus, Day(1932, 2, 29)), nullptr);
  EXPECT_NE((*kb)->RoleOn(*rufus, Day(1932, 2, 0)), nullptr);
  EXPECT_NE((*kb)->RoleOn(*rufus, Day(1933, 4, 28)), nullptr);
  EXPECT_NE((*kb)->RoleOn(*rufus, Day(1933, 4, 30)), nullptr);
  EXPECT_EQ((*kb)->RoleOn(*rufus, Day(1933, 5, 1)), nullptr);
  EXPECT_NE((*kb)->RoleOn(*rufus, Day(1933, 0, 0)), nullptr);
  EXPECT_EQ((*kb)->RoleOn(*rufus, Day(1931, 0, 0)), nullptr);
  EXPECT_NE((*kb)->RoleOn(*rufus, v1::Date()), nullptr);
  // Both offices are held: the one taken up later.
  const v1::Actor* bob = (*kb)->FindActor("bob-roland");
  ASSERT_NE(bob, nullptr);
  const v1::Role* role = (*kb)->RoleOn(*bob, Day(1931, 6, 1));
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->title(), "foreign minister");
  role = (*kb)->RoleOn(*bob, Day(1930, 1, 10));
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->title(), "president");
}

TEST_F(KbFilesTest, SyntaxErrorNamesFileAndLine) {
  const std::string path = Write("broken.textproto",
                                 "actors {\n"
                                 "  id: \"freedonia\"\n"
                                 "  name: Freedonia\n"  // Unquoted string.
                                 "}\n");
  const absl::Status status = LoadStatus({path});
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(status.message(), path)) << status.message();
  EXPECT_TRUE(absl::StrContains(status.message(), "line 3"))
      << status.message();
}

TEST_F(KbFilesTest, UnknownFieldNamesFileAndLine) {
  const std::string path = Write("typo.textproto",
                                 "actors {\n"
                                 "  id: \"freedonia\"\n"
                                 "  name: \"Freedonia\"\n"
                                 "  kind: ACTOR_KIND_COUNTRY\n"
                                 "  capitol: \"fredville\"\n"
                                 "}\n");
  const absl::Status status = LoadStatus({path});
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(status.message(), path)) << status.message();
  EXPECT_TRUE(absl::StrContains(status.message(), "line 5"))
      << status.message();
}

TEST_F(KbFilesTest, BadReferenceNamesEntry) {
  Write("a_countries.textproto", kCountries);
  Write("b_persons.textproto", R"pb(
    actors {
      id: "rufus-firefly"
      name: "Rufus Firefly"
      kind: ACTOR_KIND_PERSON
      country: "sylvania"
    }
  )pb");
  const absl::Status status = LoadStatus({dir_.string()});
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(status.message(), "rufus-firefly"))
      << status.message();
  EXPECT_TRUE(absl::StrContains(status.message(), "sylvania"))
      << status.message();
}

TEST_F(KbFilesTest, BadRoleCountryNamesEntry) {
  Write("a_countries.textproto", kCountries);
  Write("b_persons.textproto", R"pb(
    actors {
      id: "rufus-firefly"
      name: "Rufus Firefly"
      kind: ACTOR_KIND_PERSON
      roles { title: "president" country: "sylvania" }
    }
  )pb");
  const absl::Status status = LoadStatus({dir_.string()});
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(status.message(), "rufus-firefly"))
      << status.message();
  EXPECT_TRUE(absl::StrContains(status.message(), "sylvania"))
      << status.message();
}

TEST_F(KbFilesTest, BadGroupMemberNamesEntry) {
  Write("a_countries.textproto", kCountries);
  // A member that is no known actor, and one that is not a country.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"sylvania", "not a known actor"}, {"fredville-club", "not a country"}};
  for (const auto& [member, what] : cases) {
    Write("b_groups.textproto", absl::StrCat("actors {\n"
                                             "  id: \"fredville-club\"\n"
                                             "  name: \"Fredville Club\"\n"
                                             "  kind: ACTOR_KIND_ORGANIZATION\n"
                                             "  members: \"freedonia\"\n"
                                             "  members: \"",
                                             member, "\"\n}\n"));
    const absl::Status status = LoadStatus({dir_.string()});
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << member;
    EXPECT_TRUE(absl::StrContains(status.message(), "fredville-club"))
        << status.message();
    EXPECT_TRUE(absl::StrContains(status.message(), what)) << status.message();
  }
  // Countries only: the group loads.
  Write("b_groups.textproto", R"pb(
    actors {
      id: "fredville-club"
      name: "Fredville Club"
      kind: ACTOR_KIND_ORGANIZATION
      members: "freedonia"
    })pb");
  absl::StatusOr<std::unique_ptr<KnowledgeBase>> kb =
      KnowledgeBase::Load({dir_.string()});
  ASSERT_TRUE(kb.ok()) << kb.status();
  EXPECT_EQ((*kb)->FindActor("fredville-club")->members_size(), 1);
}

TEST_F(KbFilesTest, AgreementsAreFoundByTheirNamesFromTheYearsBefore) {
  Write("a_countries.textproto", absl::StrCat(kCountries, R"pb(
          actors { id: "sylvania" name: "Sylvania" kind: ACTOR_KIND_COUNTRY }
        )pb"));
  // The file sorts before the countries its parties name.
  Write("0_agreements.textproto", R"pb(
    agreements {
      id: "marsh-treaty"
      name: "Marsh Treaty"
      aliases: "The Freedonia-Sylvania  marsh deal"
      parties: "freedonia"
      parties: "sylvania"
      signed_on { year: 1933 month: 6 }
    }
  )pb");
  absl::StatusOr<std::unique_ptr<KnowledgeBase>> kb =
      KnowledgeBase::Load({dir_.string()});
  ASSERT_TRUE(kb.ok()) << kb.status();
  EXPECT_EQ(AgreementWordsOf("The Freedonia-Sylvania  marsh deal"),
            "freedonia - sylvania marsh deal");
  const std::vector<const v1::AgreementDefinition*> found =
      (*kb)->AgreementsNamed("freedonia - sylvania marsh deal",
                             Day(1934, 1, 2));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->id(), "marsh-treaty");
  EXPECT_EQ(found[0]->parties_size(), 2);
  EXPECT_EQ((*kb)->AgreementsNamed("marsh treaty", Day(1930, 1, 2)).size(), 1u);
  EXPECT_EQ((*kb)->AgreementsNamed("marsh treaty", v1::Date()).size(), 1u);
  // More than three years before the signing, and a name not known.
  EXPECT_TRUE((*kb)->AgreementsNamed("marsh treaty", Day(1929, 12, 2)).empty());
  EXPECT_TRUE((*kb)->AgreementsNamed("marsh", Day(1934, 1, 2)).empty());
}

TEST_F(KbFilesTest, AgreementWithAnUnknownPartyNamesFileAndLine) {
  Write("a_countries.textproto", kCountries);
  const std::string path = Write("b_agreements.textproto",
                                 "agreements {\n"
                                 "  id: \"marsh-treaty\"\n"
                                 "  name: \"Marsh Treaty\"\n"
                                 "  parties: \"freedonia\"\n"
                                 "  parties: \"atlantis\"\n"
                                 "}\n");
  const absl::Status status = LoadStatus({dir_.string()});
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(status.message(), path + ":5"))
      << status.message();
  EXPECT_TRUE(absl::StrContains(status.message(), "marsh-treaty"))
      << status.message();
  EXPECT_TRUE(absl::StrContains(status.message(), "atlantis"))
      << status.message();
  // A duplicate id and a missing name are named too.
  for (const char* contents :
       {R"pb(agreements { id: "marsh-treaty" name: "M" }
             agreements { id: "marsh-treaty" name: "M" })pb",
        R"pb(agreements { id: "marsh-treaty" })pb"}) {
    Write("b_agreements.textproto", contents);
    const absl::Status invalid = LoadStatus({dir_.string()});
    EXPECT_EQ(invalid.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_TRUE(absl::StrContains(invalid.message(), "marsh-treaty"))
        << invalid.message();
  }
}

TEST_F(KbFilesTest, InvalidEntriesNameFileAndEntry) {
  struct Case {
    std::string contents;
    std::string entry;
    std::string what;
  };
  const std::vector<Case> cases = {
      {R"pb(actors { id: "Rufus_Firefly" name: "R" kind: ACTOR_KIND_PERSON })pb",
       "Rufus_Firefly", "kebab-case"},
      {R"pb(actors { id: "rufus" kind: ACTOR_KIND_PERSON })pb", "rufus",
       "name"},
      {R"pb(actors { id: "rufus" name: "Rufus" })pb", "rufus", "kind"},
      {R"pb(actors { id: "rufus" name: "R" kind: ACTOR_KIND_PERSON }
            actors { id: "rufus" name: "R" kind: ACTOR_KIND_PERSON })pb",
       "rufus", "duplicate"},
      {R"pb(actors {
              id: "rufus"
              name: "R"
              kind: ACTOR_KIND_PERSON
              roles {
                title: "president"
                start { year: 1934 month: 5 }
                end { year: 1933 }
              }
            })pb",
       "rufus", "ends before it starts"},
      {R"pb(actors {
              id: "rufus"
              name: "R"
              kind: ACTOR_KIND_PERSON
              roles {
                title: "president"
                start { year: 1934 month: 13 }
              }
            })pb",
       "rufus", "president"},
  };
  for (size_t i = 0; i < cases.size(); ++i) {
    const std::string path =
        Write("case" + std::to_string(i) + ".textproto", cases[i].contents);
    const absl::Status status = LoadStatus({path});
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << i;
    EXPECT_TRUE(absl::StrContains(status.message(), path))
        << i << ": " << status.message();
    EXPECT_TRUE(absl::StrContains(status.message(), cases[i].entry))
        << i << ": " << status.message();
    EXPECT_TRUE(absl::StrContains(status.message(), cases[i].what))
        << i << ": " << status.message();
  }
}

TEST_F(KbFilesTest, MissingPathsAndEmptyDirectories) {
  const fs::path empty = dir_ / "empty";
  fs::create_directories(empty);
  absl::Status status = LoadStatus({empty.string()});
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(status.message(), empty.string()))
      << status.message();
  const std::string missing = (dir_ / "missing.textproto").string();
  status = LoadStatus({missing});
  EXPECT_FALSE(status.ok());
  EXPECT_TRUE(absl::StrContains(status.message(), missing)) << status.message();
}

TEST_F(KbFilesTest, ExtraFilesExtendTheShippedKb) {
  const std::string path = Write("extra.textproto", R"pb(
    actors {
      id: "zorblax-quuin"
      name: "Zorblax Quuin"
      kind: ACTOR_KIND_PERSON
      country: "iran"
      roles {
        title: "foreign minister"
        country: "iran"
        start { year: 2031 }
      }
    }
  )pb");
  absl::StatusOr<std::unique_ptr<KnowledgeBase>> kb =
      KnowledgeBase::LoadDefault({path});
  ASSERT_TRUE(kb.ok()) << kb.status();
  ASSERT_NE((*kb)->FindActor("zorblax-quuin"), nullptr);
  ASSERT_NE((*kb)->FindActor("vladimir-putin"), nullptr);
  std::vector<std::string> found =
      Ids((*kb)->Resolve("Iranian foreign minister", Day(2031, 6, 1)));
  // Araghchi's term has no end date in the shipped files, so he may be
  // listed too; the new minister must be among the holders.
  EXPECT_NE(std::find(found.begin(), found.end(), "zorblax-quuin"),
            found.end());
  // An extra file may not redefine a shipped id.
  const std::string clash = Write("clash.textproto", R"pb(
    actors { id: "iran" name: "Iran again" kind: ACTOR_KIND_COUNTRY }
  )pb");
  const absl::Status status = KnowledgeBase::LoadDefault({clash}).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(status.message(), "duplicate"))
      << status.message();
}

}  // namespace
}  // namespace parley
