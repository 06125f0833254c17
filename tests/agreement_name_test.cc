#include "common/util/agreement_name.h"

#include "gtest/gtest.h"

namespace parley {
namespace {

TEST(AgreementNameTest, VariantsOfOneTreatyMatch) {
  EXPECT_TRUE(SameAgreementName("comprehensive strategic partnership agreement",
                                "Comprehensive Cooperation Agreement"));
  EXPECT_TRUE(SameAgreementName("comprehensive long-term cooperation agreement",
                                "comprehensive strategic partnership treaty"));
  EXPECT_TRUE(SameAgreementName("strategic partnership treaty",
                                "comprehensive strategic partnership pact"));
}

TEST(AgreementNameTest, BroadIsComprehensive) {
  EXPECT_TRUE(SameAgreementName("broad cooperation pact",
                                "comprehensive strategic partnership treaty"));
  EXPECT_TRUE(SameAgreementName("sweeping trade deal",
                                "comprehensive economic agreement"));
  EXPECT_FALSE(
      SameAgreementName("broad cooperation pact", "free trade agreement"));
}

TEST(AgreementNameTest, DifferentSubjectsDoNotMatch) {
  EXPECT_FALSE(SameAgreementName("free trade agreement",
                                 "comprehensive strategic partnership"));
  EXPECT_FALSE(SameAgreementName("nuclear deal", "free trade zone agreement"));
  EXPECT_FALSE(SameAgreementName("strategic partnership treaty",
                                 "free trade agreement"));
}

TEST(AgreementNameTest, BareNamesMatchAnything) {
  EXPECT_TRUE(SameAgreementName("the agreement", "free trade agreement"));
  EXPECT_TRUE(SameAgreementName("the 20-year pact", "nuclear deal"));
  EXPECT_TRUE(SameAgreementName("the 12-article treaty", "border deal"));
  EXPECT_TRUE(SameAgreementName("a 40-page accord", "border deal"));
  EXPECT_FALSE(SameAgreementName("the 12-article border treaty", "trade deal"));
}

TEST(AgreementNameTest, SizeWordsNameNoSubject) {
  // "a massive deal" after "a trade agreement" between the same sides.
  EXPECT_TRUE(SameAgreementName("massive deal", "trade agreement"));
  EXPECT_TRUE(SameAgreementName("a huge accord", "gas supply contract"));
  EXPECT_FALSE(SameAgreementName("massive gas deal", "trade agreement"));
}

TEST(AgreementNameTest, YearTellsAgreementsApart) {
  // A year names one text; a duration does not.
  EXPECT_FALSE(SameAgreementName("the 2009 deal", "memorandum on trade"));
  EXPECT_FALSE(SameAgreementName("the 2000 treaty", "the 2024 treaty"));
  EXPECT_TRUE(SameAgreementName("the 2015 nuclear deal", "nuclear deal"));
  EXPECT_TRUE(SameAgreementName("the 2009 deal", "the deal"));
  EXPECT_TRUE(SameAgreementName("the 25 agreements", "border deal"));
}

TEST(AgreementNameTest, KindOfText) {
  EXPECT_EQ(AgreementKind("border treaty"), "treaty");
  EXPECT_EQ(AgreementKind("Treaty on Good-Neighbourly Relations"), "treaty");
  EXPECT_EQ(AgreementKind("memorandum of understanding on fisheries"),
            "memorandum");
  EXPECT_EQ(AgreementKind("the MoUs"), "memorandum");
  EXPECT_EQ(AgreementKind("joint statement"), "declaration");
  EXPECT_EQ(AgreementKind("Lusaka Declaration"), "declaration");
  EXPECT_EQ(AgreementKind("road map on trade"), "roadmap");
  EXPECT_EQ(AgreementKind("protocols on health"), "protocol");
  // Kinds a report uses for any text tell nothing apart.
  EXPECT_EQ(AgreementKind("peace deal"), "");
  EXPECT_EQ(AgreementKind("the agreement"), "");
  EXPECT_EQ(AgreementKind("trade pact"), "");
}

TEST(AgreementNameTest, SlugUsesDistinctiveWords) {
  EXPECT_EQ(AgreementNameSlug("Comprehensive Strategic Partnership Agreement"),
            "comprehensive");
  EXPECT_EQ(AgreementNameSlug("free trade agreement"), "free-trade");
  EXPECT_EQ(AgreementNameSlug("strategic partnership treaty"),
            "strategic-partnership");
  EXPECT_EQ(AgreementNameSlug("the deal"), "agreement");
}

}  // namespace
}  // namespace parley
