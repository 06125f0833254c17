#include "common/store/store.h"

#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "common/util/date.h"
#include "gtest/gtest.h"
#include "rocksdb/db.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

#define ASSERT_OK(expr)                                    \
  do {                                                     \
    const absl::Status status_ = (expr);                   \
    ASSERT_TRUE(status_.ok()) << #expr << ": " << status_; \
  } while (0)

// --- Test data, written by hand ---

v1::Article MakeArticle(const std::string& id, const v1::Date& published) {
  v1::Article article;
  article.set_id(id);
  article.set_title("Article " + id);
  *article.mutable_published() = published;
  article.set_text("Text of " + id + ".");
  return article;
}

v1::ActorRef Ref(const std::string& id, const std::string& country) {
  v1::ActorRef ref;
  ref.set_id(id);
  ref.set_country(country);
  return ref;
}

const v1::ActorRef kPutin = Ref("vladimir-putin", "russia");
const v1::ActorRef kRaisi = Ref("ebrahim-raisi", "iran");
const v1::ActorRef kPezeshkian = Ref("masoud-pezeshkian", "iran");
const v1::ActorRef kMishustin = Ref("mikhail-mishustin", "russia");
const v1::ActorRef kErdogan = Ref("recep-tayyip-erdogan", "turkey");

v1::Event MakeEvent(v1::EventType type, v1::EventStatus status,
                    const v1::Date& date, std::vector<v1::ActorRef> who,
                    const std::string& article_id) {
  v1::Event event;
  event.set_type(type);
  event.set_status(status);
  *event.mutable_date() = date;
  for (const v1::ActorRef& ref : who) *event.add_participants() = ref;
  v1::Source* source = event.add_sources();
  source->set_article_id(article_id);
  source->add_evidence()->set_text("A sentence of " + article_id + ".");
  event.set_confidence(0.8f);
  return event;
}

v1::Event Met(const v1::Date& date, std::vector<v1::ActorRef> who,
              const std::string& article_id) {
  return MakeEvent(v1::EVENT_TYPE_MEETING, v1::EVENT_STATUS_OCCURRED, date,
                   std::move(who), article_id);
}

v1::Event AgreementReport(const std::string& name, v1::AgreementStatus status,
                          const v1::Date& date, const std::string& article_id) {
  v1::Event event =
      MakeEvent(v1::EVENT_TYPE_AGREEMENT, v1::EVENT_STATUS_UNSPECIFIED, date,
                {Ref("iran", "iran"), Ref("russia", "russia")}, article_id);
  event.mutable_agreement()->set_name(name);
  event.mutable_agreement()->set_status(status);
  event.mutable_agreement()->add_parties("russia");
  event.mutable_agreement()->add_parties("iran");
  return event;
}

v1::Location Place(const std::string& id, const std::string& country) {
  v1::Location location;
  location.set_id(id);
  location.set_country(country);
  return location;
}

MeetingQuery Between(const std::string& a, const std::string& b) {
  MeetingQuery query;
  query.actor_a = a;
  query.actor_b = b;
  return query;
}

std::vector<std::string> Ids(const std::vector<v1::Event>& events) {
  std::vector<std::string> ids;
  for (const v1::Event& event : events) ids.push_back(event.id());
  return ids;
}

// --- Fixture: a fresh database in a unique temp dir, with Reopen() ---

class StoreTest : public ::testing::Test {
 protected:
  StoreTest() {
    std::string pattern = ::testing::TempDir() + "parley_store_test.XXXXXX";
    dir_ = mkdtemp(pattern.data());
  }
  ~StoreTest() override {
    store_.reset();
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  void SetUp() override { Reopen(); }

  // A nested path: opening must create the parent directories.
  std::string db_path() const { return dir_ + "/data/db"; }

  void Reopen() {
    store_.reset();
    absl::StatusOr<std::unique_ptr<Store>> store =
        Store::OpenPrimary(db_path());
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
  }

  IngestResult Ingest(const v1::Article& article,
                      const std::vector<v1::Event>& events,
                      const std::vector<v1::Actor>& actors = {}) {
    absl::StatusOr<IngestResult> result =
        store_->IngestArticle(article, events, actors);
    EXPECT_TRUE(result.ok()) << result.status();
    return result.ok() ? *std::move(result) : IngestResult();
  }

  std::vector<v1::Event> Meetings(const MeetingQuery& query) {
    absl::StatusOr<Page<v1::Event>> page =
        store_->ListMeetings(query, PageRequest{1000, ""});
    EXPECT_TRUE(page.ok()) << page.status();
    if (!page.ok()) return {};
    EXPECT_EQ(page->next_page_token, "");
    return page->items;
  }

  std::vector<v1::Event> Events(const EventQuery& query) {
    absl::StatusOr<Page<v1::Event>> page =
        store_->ListEvents(query, PageRequest{1000, ""});
    EXPECT_TRUE(page.ok()) << page.status();
    return page.ok() ? page->items : std::vector<v1::Event>();
  }

  std::vector<std::string> Problems() {
    std::vector<std::string> problems;
    const absl::Status status = store_->CheckConsistency(&problems);
    EXPECT_TRUE(status.ok()) << status;
    return problems;
  }

  // Every key and value of every column family, read with RocksDB directly
  // while the store is closed.
  std::map<std::string, std::string> Dump() {
    store_.reset();
    std::map<std::string, std::string> contents;
    std::vector<std::string> names;
    EXPECT_TRUE(
        rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), db_path(), &names)
            .ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const std::string& name : names)
      descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    EXPECT_TRUE(rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), db_path(),
                                             descriptors, &handles, &db)
                    .ok());
    for (size_t i = 0; db != nullptr && i < handles.size(); ++i) {
      std::unique_ptr<rocksdb::Iterator> it(
          db->NewIterator(rocksdb::ReadOptions(), handles[i]));
      for (it->SeekToFirst(); it->Valid(); it->Next()) {
        contents[names[i] + '/' + it->key().ToString()] =
            it->value().ToString();
      }
    }
    for (rocksdb::ColumnFamilyHandle* handle : handles) {
      db->DestroyColumnFamilyHandle(handle);
    }
    delete db;
    Reopen();
    return contents;
  }

  // Writes one raw key into a column family while the store is closed.
  void PutRaw(const std::string& cf_name, const std::string& key) {
    store_.reset();
    std::vector<std::string> names;
    ASSERT_TRUE(
        rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), db_path(), &names)
            .ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const std::string& name : names)
      descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), db_path(), descriptors,
                                  &handles, &db)
                    .ok());
    const size_t index =
        std::find(names.begin(), names.end(), cf_name) - names.begin();
    ASSERT_LT(index, names.size());
    EXPECT_TRUE(db->Put(rocksdb::WriteOptions(), handles[index], key, "").ok());
    for (rocksdb::ColumnFamilyHandle* handle : handles) {
      db->DestroyColumnFamilyHandle(handle);
    }
    delete db;
    Reopen();
  }

  // A small corpus of related articles.
  void IngestCorpus() {
    v1::Event kremlin = Met(MakeDate(2022, 1, 19), {kPutin, kRaisi}, "a1");
    *kremlin.mutable_location() = Place("moscow", "russia");
    Ingest(MakeArticle("a1", MakeDate(2022, 1, 19)),
           {kremlin,
            AgreementReport("comprehensive strategic partnership agreement",
                            v1::AGREEMENT_STATUS_NEGOTIATING, MakeDate(0, 0, 0),
                            "a1")});
    v1::Event tehran = Met(MakeDate(2022, 7, 19), {kPutin, kRaisi}, "a2");
    *tehran.mutable_location() = Place("tehran", "iran");
    v1::Event trilateral =
        Met(MakeDate(2022, 7, 19), {kPutin, kRaisi, kErdogan}, "a2");
    Ingest(MakeArticle("a2", MakeDate(2022, 7, 20)), {tehran, trilateral});
    Ingest(MakeArticle("a3", MakeDate(2024, 10, 12)),
           {Met(MakeDate(2024, 10, 11), {kPutin, kPezeshkian}, "a3"),
            MakeEvent(v1::EVENT_TYPE_CALL, v1::EVENT_STATUS_OCCURRED,
                      MakeDate(2024, 8, 5), {kPutin, kPezeshkian}, "a3"),
            AgreementReport("comprehensive cooperation agreement",
                            v1::AGREEMENT_STATUS_NEGOTIATING, MakeDate(0, 0, 0),
                            "a3")});
    Ingest(MakeArticle("a4", MakeDate(2024, 12, 17)),
           {Met(MakeDate(2024, 12, 16), {kMishustin, kPezeshkian}, "a4"),
            MakeEvent(v1::EVENT_TYPE_MEETING, v1::EVENT_STATUS_PLANNED,
                      MakeDate(2025, 1, 17), {kPutin, kPezeshkian}, "a4"),
            AgreementReport("comprehensive long-term cooperation agreement",
                            v1::AGREEMENT_STATUS_PENDING_SIGNATURE,
                            MakeDate(0, 0, 0), "a4")});
  }

  std::string dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, IngestThenGetAndList) {
  v1::Event meeting = Met(MakeDate(2022, 1, 19), {kPutin, kRaisi}, "a1");
  *meeting.mutable_location() = Place("moscow", "russia");
  const v1::Event call =
      MakeEvent(v1::EVENT_TYPE_CALL, v1::EVENT_STATUS_OCCURRED,
                MakeDate(2022, 1, 10), {kRaisi, kPutin}, "a1");
  const v1::Event visit =
      MakeEvent(v1::EVENT_TYPE_VISIT, v1::EVENT_STATUS_OCCURRED,
                MakeDate(2022, 1, 19), {kRaisi}, "a1");
  const IngestResult result =
      Ingest(MakeArticle("a1", MakeDate(2022, 1, 20)), {meeting, call, visit});
  EXPECT_FALSE(result.duplicate);
  ASSERT_EQ(result.events.size(), 3u);
  for (const v1::Event& event : result.events) {
    EXPECT_TRUE(absl::StartsWith(event.id(), "ev-")) << event.id();
  }

  absl::StatusOr<v1::Article> article = store_->GetArticle("a1");
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(std::vector<std::string>(article->event_ids().begin(),
                                     article->event_ids().end()),
            Ids(result.events));
  absl::StatusOr<v1::Event> stored = store_->GetEvent(result.events[0].id());
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_EQ(stored->location().id(), "moscow");
  EXPECT_EQ(stored->sources(0).article_id(), "a1");
  EXPECT_EQ(store_->GetEvent("ev-none").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->GetArticle("zz").status().code(),
            absl::StatusCode::kNotFound);

  MeetingQuery query;
  query.actor_a = "ebrahim-raisi";
  query.actor_b = "vladimir-putin";
  EXPECT_EQ(Ids(Meetings(query)),
            std::vector<std::string>{result.events[0].id()});
  query.include_calls = true;  // Oldest first: the call on the 10th.
  EXPECT_EQ(
      Ids(Meetings(query)),
      (std::vector<std::string>{result.events[1].id(), result.events[0].id()}));
  query.start_date = MakeDate(2022, 1, 15);
  EXPECT_EQ(Ids(Meetings(query)),
            std::vector<std::string>{result.events[0].id()});

  EventQuery by_actor;
  by_actor.actor = "ebrahim-raisi";
  EXPECT_EQ(Events(by_actor).size(), 3u);
  by_actor.type = v1::EVENT_TYPE_VISIT;
  EXPECT_EQ(Ids(Events(by_actor)),
            std::vector<std::string>{result.events[2].id()});
  EventQuery by_date;
  by_date.start_date = MakeDate(2022, 1, 19);
  by_date.end_date = MakeDate(2022, 1, 19);
  EXPECT_EQ(Events(by_date).size(), 2u);
  EXPECT_TRUE(Problems().empty());
}

TEST_F(StoreTest, DuplicateIngestChangesNothing) {
  IngestCorpus();
  const std::map<std::string, std::string> before = Dump();
  ASSERT_FALSE(before.empty());

  const v1::Event kremlin = Met(MakeDate(2022, 1, 19), {kPutin, kRaisi}, "a1");
  absl::StatusOr<IngestResult> again = store_->IngestArticle(
      MakeArticle("a1", MakeDate(2022, 1, 19)), {kremlin}, {});
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_TRUE(again->duplicate);
  EXPECT_EQ(again->events.size(), 2u);  // The stored events of a1.
  EXPECT_EQ(Dump(), before);
}

TEST_F(StoreTest, SameMeetingFromTwoArticlesIsOneEvent) {
  v1::Event vague = Met(MakeDate(2022, 7, 0), {kPutin, kRaisi}, "a1");
  *vague.mutable_location() = Place("iran", "iran");
  const IngestResult first =
      Ingest(MakeArticle("a1", MakeDate(2022, 7, 25)), {vague});
  v1::Event precise = Met(MakeDate(2022, 7, 19), {kRaisi, kPutin}, "a2");
  *precise.mutable_location() = Place("tehran", "iran");
  const IngestResult second =
      Ingest(MakeArticle("a2", MakeDate(2022, 7, 19)), {precise});
  ASSERT_EQ(first.events.size(), 1u);
  ASSERT_EQ(second.events.size(), 1u);
  EXPECT_EQ(second.events[0].id(), first.events[0].id());
  EXPECT_EQ(second.events[0].sources_size(), 2);

  MeetingQuery query = Between("iran", "russia");
  const std::vector<v1::Event> meetings = Meetings(query);
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(FormatDate(meetings[0].date()), "2022-07-19");
  EXPECT_EQ(meetings[0].location().id(), "tehran");
  EXPECT_EQ(meetings[0].sources(0).article_id(), "a1");
  EXPECT_EQ(meetings[0].sources(1).article_id(), "a2");
  // The date indexes moved to the refined date.
  query.start_date = query.end_date = MakeDate(2022, 7, 19);
  EXPECT_EQ(Meetings(query).size(), 1u);
  EventQuery by_day;
  by_day.start_date = by_day.end_date = MakeDate(2022, 7, 19);
  EXPECT_EQ(Events(by_day).size(), 1u);
  EXPECT_TRUE(Problems().empty());

  // A meeting on another day is not merged.
  Ingest(MakeArticle("a3", MakeDate(2022, 1, 20)),
         {Met(MakeDate(2022, 1, 19), {kPutin, kRaisi}, "a3")});
  EXPECT_EQ(Meetings(Between("iran", "russia")).size(), 2u);
}

TEST_F(StoreTest, CountryMatchesItsOfficialsMeetings) {
  IngestCorpus();
  MeetingQuery query = Between("iran", "russia");
  const std::vector<v1::Event> meetings = Meetings(query);
  // Kremlin, Tehran, trilateral, Putin-Pezeshkian, Mishustin-Pezeshkian.
  ASSERT_EQ(meetings.size(), 5u);
  std::vector<std::string> dates;
  for (const v1::Event& event : meetings)
    dates.push_back(FormatDate(event.date()));
  EXPECT_EQ(dates,
            (std::vector<std::string>{"2022-01-19", "2022-07-19", "2022-07-19",
                                      "2024-10-11", "2024-12-16"}));
  EXPECT_EQ(Ids(Meetings(Between("russia", "iran"))), Ids(meetings));
  // The planned meeting and the call only when asked.
  query.include_planned = true;
  query.include_calls = true;
  EXPECT_EQ(Meetings(query).size(), 7u);
  // Officials by name pair.
  EXPECT_EQ(Meetings(Between("vladimir-putin", "ebrahim-raisi")).size(), 3u);
  EXPECT_EQ(Meetings(Between("turkey", "iran")).size(), 1u);

  EventQuery events;
  events.actor = "iran";
  events.type = v1::EVENT_TYPE_MEETING;
  events.status = v1::EVENT_STATUS_OCCURRED;
  EXPECT_EQ(Events(events).size(), 5u);
}

TEST_F(StoreTest, AgreementNamedThreeWaysIsOneAgreement) {
  IngestCorpus();
  AgreementQuery pending;
  pending.status = v1::AGREEMENT_STATUS_PENDING_SIGNATURE;
  absl::StatusOr<Page<v1::Agreement>> page =
      store_->ListAgreements(pending, PageRequest());
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 1u);
  const v1::Agreement agreement = page->items[0];  // A copy: page is reused.
  EXPECT_EQ(agreement.id(), "agr-iran-russia-comprehensive");
  EXPECT_EQ(agreement.name(), "comprehensive strategic partnership agreement");
  EXPECT_EQ(agreement.aliases_size(), 2);
  EXPECT_EQ(agreement.sources_size(), 3);
  ASSERT_EQ(agreement.history_size(), 3);
  EXPECT_EQ(agreement.history(0).status(), v1::AGREEMENT_STATUS_NEGOTIATING);
  EXPECT_EQ(agreement.history(2).status(),
            v1::AGREEMENT_STATUS_PENDING_SIGNATURE);
  EXPECT_EQ(FormatDate(agreement.history(2).date()), "2024-12-17");

  // Each AGREEMENT event names the agreement.
  for (const std::string& id : agreement.event_ids()) {
    absl::StatusOr<v1::Event> event = store_->GetEvent(id);
    ASSERT_TRUE(event.ok()) << event.status();
    EXPECT_EQ(event->agreement().id(), agreement.id());
  }
  // The old status entry was removed from the status index.
  AgreementQuery negotiating;
  negotiating.status = v1::AGREEMENT_STATUS_NEGOTIATING;
  page = store_->ListAgreements(negotiating, PageRequest());
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->items.empty());
  AgreementQuery by_party;
  by_party.party = "iran";
  page = store_->ListAgreements(by_party, PageRequest());
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->items.size(), 1u);
  by_party.party = "turkey";
  page = store_->ListAgreements(by_party, PageRequest());
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->items.empty());

  absl::StatusOr<v1::Agreement> got = store_->GetAgreement(agreement.id());
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->status(), v1::AGREEMENT_STATUS_PENDING_SIGNATURE);
}

// Walks every page of `list` and returns the ids in order.
template <typename List>
std::vector<std::string> WalkPages(int page_size, List list) {
  std::vector<std::string> ids;
  PageRequest request{page_size, ""};
  for (int pages = 0; pages < 100; ++pages) {
    auto page = list(request);
    EXPECT_TRUE(page.ok()) << page.status();
    if (!page.ok()) break;
    EXPECT_LE(page->items.size(), static_cast<size_t>(page_size));
    for (const auto& item : page->items) ids.push_back(item.id());
    if (page->next_page_token.empty()) return ids;
    EXPECT_FALSE(page->items.empty());
    request.page_token = page->next_page_token;
  }
  ADD_FAILURE() << "pagination did not end";
  return ids;
}

TEST_F(StoreTest, PaginationVisitsEveryItemOnce) {
  IngestCorpus();
  // More meetings, including ones a page boundary could split: two on one
  // day and one of unknown date.
  Ingest(MakeArticle("a5", MakeDate(2023, 12, 8)),
         {Met(MakeDate(2023, 12, 7), {kPutin, kRaisi}, "a5"),
          Met(MakeDate(2023, 12, 7), {kMishustin, kRaisi}, "a5"),
          Met(MakeDate(0, 0, 0), {kPutin, kPezeshkian, kErdogan}, "a5")});
  Ingest(MakeArticle("a6", MakeDate(2023, 1, 1)), {},
         {[] {
            v1::Actor actor;
            actor.set_id("abdolnaser-hemmati");
            actor.set_name("Abdolnaser Hemmati");
            actor.set_kind(v1::ACTOR_KIND_PERSON);
            return actor;
          }(),
          [] {
            v1::Actor actor;
            actor.set_id("some-agency");
            actor.set_name("Some Agency");
            actor.set_kind(v1::ACTOR_KIND_ORGANIZATION);
            return actor;
          }()});

  MeetingQuery meetings = Between("iran", "russia");
  meetings.include_calls = true;
  const std::vector<std::string> all_meetings =
      WalkPages(1000, [&](const PageRequest& page) {
        return store_->ListMeetings(meetings, page);
      });
  ASSERT_EQ(all_meetings.size(), 9u);
  EventQuery events;
  const std::vector<std::string> all_events =
      WalkPages(1000, [&](const PageRequest& page) {
        return store_->ListEvents(events, page);
      });
  ASSERT_EQ(all_events.size(), 12u);  // a1 and a3 report one NEGOTIATING.
  for (int page_size = 1; page_size <= 3; ++page_size) {
    SCOPED_TRACE(page_size);
    EXPECT_EQ(WalkPages(page_size,
                        [&](const PageRequest& page) {
                          return store_->ListMeetings(meetings, page);
                        }),
              all_meetings);
    EXPECT_EQ(WalkPages(page_size,
                        [&](const PageRequest& page) {
                          return store_->ListEvents(events, page);
                        }),
              all_events);
    EXPECT_EQ(WalkPages(page_size,
                        [&](const PageRequest& page) {
                          return store_->ListAgreements(AgreementQuery(), page);
                        }),
              std::vector<std::string>{"agr-iran-russia-comprehensive"});
    EXPECT_EQ(WalkPages(page_size,
                        [&](const PageRequest& page) {
                          return store_->ListActors(page);
                        }),
              (std::vector<std::string>{"abdolnaser-hemmati", "some-agency"}));
  }
  ActorQuery persons;
  persons.kind = v1::ACTOR_KIND_PERSON;
  EXPECT_EQ(WalkPages(1,
                      [&](const PageRequest& page) {
                        return store_->ListActors(persons, page);
                      }),
            std::vector<std::string>{"abdolnaser-hemmati"});
}

TEST_F(StoreTest, BadPagingArgumentsAreRejected) {
  IngestCorpus();
  MeetingQuery query = Between("iran", "russia");
  absl::StatusOr<Page<v1::Event>> first =
      store_->ListMeetings(query, PageRequest{1, ""});
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_FALSE(first->next_page_token.empty());
  const std::string token = first->next_page_token;

  auto code = [&](const MeetingQuery& q, const PageRequest& page) {
    return store_->ListMeetings(q, page).status().code();
  };
  EXPECT_EQ(code(query, PageRequest{1, "garbage"}),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(code(query, PageRequest{1, token.substr(0, token.size() - 3)}),
            absl::StatusCode::kInvalidArgument);
  MeetingQuery other = query;
  other.include_calls = true;
  const absl::Status mismatch =
      store_->ListMeetings(other, PageRequest{1, token}).status();
  EXPECT_EQ(mismatch.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(mismatch.message(), "different filters"))
      << mismatch;
  // A token of another list kind.
  EXPECT_EQ(
      store_->ListEvents(EventQuery(), PageRequest{1, token}).status().code(),
      absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(code(query, PageRequest{-1, ""}),
            absl::StatusCode::kInvalidArgument);
  // Page sizes: 0 means 50, and the token still works with another size.
  EXPECT_EQ(code(query, PageRequest{0, ""}), absl::StatusCode::kOk);
  EXPECT_EQ(code(query, PageRequest{5000, token}), absl::StatusCode::kOk);
  // Bad filters.
  EXPECT_EQ(code(Between("iran", "iran"), PageRequest()),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(code(Between("Iran", "russia"), PageRequest()),
            absl::StatusCode::kInvalidArgument);
  MeetingQuery backwards = query;
  backwards.start_date = MakeDate(2024, 10, 0);
  backwards.end_date = MakeDate(2024, 9, 30);
  EXPECT_EQ(code(backwards, PageRequest()), absl::StatusCode::kInvalidArgument);
  MeetingQuery impossible = query;
  impossible.start_date = MakeDate(2023, 2, 29);
  EXPECT_EQ(code(impossible, PageRequest()),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(StoreTest, UnknownDatesOnlyWithoutARange) {
  const IngestResult result =
      Ingest(MakeArticle("a1", MakeDate(0, 0, 0)),
             {Met(MakeDate(0, 0, 0), {kPutin, kRaisi}, "a1"),
              Met(MakeDate(2024, 10, 0), {kPutin, kPezeshkian}, "a1"),
              Met(MakeDate(2024, 10, 31), {kMishustin, kPezeshkian}, "a1")});
  ASSERT_EQ(result.events.size(), 3u);
  EXPECT_EQ(Ids(Events(EventQuery())), Ids(result.events));  // Unknown first.
  EventQuery october;
  october.start_date = october.end_date = MakeDate(2024, 10, 0);
  EXPECT_EQ(
      Ids(Events(october)),
      (std::vector<std::string>{result.events[1].id(), result.events[2].id()}));
  EventQuery until;
  until.end_date = MakeDate(2024, 10, 31);
  EXPECT_EQ(Events(until).size(), 2u);
  EventQuery from_day;
  from_day.start_date = MakeDate(2024, 10, 1);
  EXPECT_EQ(Ids(Events(from_day)),
            std::vector<std::string>{result.events[2].id()});
}

TEST_F(StoreTest, SecondaryFollowsThePrimary) {
  IngestCorpus();
  const std::string secondary_dir = dir_ + "/secondary";
  absl::StatusOr<std::unique_ptr<Store>> opened =
      Store::OpenSecondary(db_path(), secondary_dir);
  ASSERT_TRUE(opened.ok()) << opened.status();
  std::unique_ptr<Store> secondary = *std::move(opened);
  EXPECT_TRUE(secondary->is_secondary());
  EXPECT_FALSE(store_->is_secondary());
  ASSERT_TRUE(secondary->GetArticle("a4").ok());

  // Writes after the secondary opened appear after a catch-up.
  const IngestResult late =
      Ingest(MakeArticle("b1", MakeDate(2025, 1, 18)),
             {Met(MakeDate(2025, 1, 17), {kPutin, kPezeshkian}, "b1")});
  EXPECT_EQ(secondary->GetArticle("b1").status().code(),
            absl::StatusCode::kNotFound);
  ASSERT_OK(secondary->CatchUp());
  ASSERT_TRUE(secondary->GetArticle("b1").ok());
  absl::StatusOr<Page<v1::Event>> meetings =
      secondary->ListMeetings(Between("iran", "russia"), PageRequest());
  ASSERT_TRUE(meetings.ok()) << meetings.status();
  EXPECT_EQ(meetings->items.back().id(), late.events[0].id());

  // A request made after an ingest returned sees it; a second request from
  // before the last catch-up started costs nothing.
  Ingest(MakeArticle("b2", MakeDate(2025, 2, 1)),
         {Met(MakeDate(2025, 2, 1), {kMishustin, kRaisi}, "b2")});
  const absl::Time request_time = absl::Now();
  const int64_t before = secondary->catch_up_count();
  ASSERT_OK(secondary->CatchUpIfOlderThan(request_time));
  EXPECT_EQ(secondary->catch_up_count(), before + 1);
  ASSERT_TRUE(secondary->GetArticle("b2").ok());
  ASSERT_OK(secondary->CatchUpIfOlderThan(request_time));
  EXPECT_EQ(secondary->catch_up_count(), before + 1);

  // Concurrent requests from the same moment share catch-ups.
  Ingest(MakeArticle("b3", MakeDate(2025, 3, 1)),
         {Met(MakeDate(2025, 3, 1), {kPutin, kRaisi}, "b3")});
  const absl::Time burst = absl::Now();
  std::vector<std::thread> threads;
  std::vector<absl::Status> statuses(8);
  for (size_t i = 0; i < statuses.size(); ++i) {
    threads.emplace_back(
        [&, i] { statuses[i] = secondary->CatchUpIfOlderThan(burst); });
  }
  for (std::thread& thread : threads) thread.join();
  for (const absl::Status& status : statuses)
    EXPECT_TRUE(status.ok()) << status;
  EXPECT_EQ(secondary->catch_up_count(), before + 2);
  EXPECT_TRUE(secondary->GetArticle("b3").ok());

  // The secondary is read-only; the primary does not catch up.
  EXPECT_EQ(
      secondary->IngestArticle(MakeArticle("b4", MakeDate(0, 0, 0)), {}, {})
          .status()
          .code(),
      absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(store_->CatchUp().code(), absl::StatusCode::kFailedPrecondition);
  std::vector<std::string> problems;
  ASSERT_OK(secondary->CheckConsistency(&problems));
  EXPECT_TRUE(problems.empty());
}

TEST_F(StoreTest, SecondarySkipsACatchUpOnlyWhenThePrimaryWroteNothing) {
  Ingest(MakeArticle("s1", MakeDate(2024, 10, 12)),
         {Met(MakeDate(2024, 10, 11), {kPutin, kPezeshkian}, "s1")});
  absl::StatusOr<std::unique_ptr<Store>> secondary =
      Store::OpenSecondary(db_path(), dir_ + "/secondary");
  ASSERT_TRUE(secondary.ok()) << secondary.status();
  ASSERT_TRUE((*secondary)->CatchUpIfOlderThan(absl::Now()).ok());
  // The shortcut trusts the directory's coarse mtime only once it is more
  // than a second old.
  absl::SleepFor(absl::Milliseconds(1100));
  ASSERT_TRUE((*secondary)->CatchUp().ok());
  const int64_t before = (*secondary)->catch_up_count();
  ASSERT_TRUE((*secondary)->CatchUpIfOlderThan(absl::Now()).ok());
  EXPECT_EQ((*secondary)->catch_up_count(), before) << "nothing was written";

  // A write grows the WAL, so the next request catches up and sees it.
  const IngestResult second =
      Ingest(MakeArticle("s2", MakeDate(2024, 10, 20)),
             {Met(MakeDate(2024, 10, 19), {kPutin, kErdogan}, "s2")});
  ASSERT_TRUE((*secondary)->CatchUpIfOlderThan(absl::Now()).ok());
  EXPECT_EQ((*secondary)->catch_up_count(), before + 1);
  absl::StatusOr<v1::Event> seen =
      (*secondary)->GetEvent(second.events[0].id());
  EXPECT_TRUE(seen.ok()) << seen.status();
}

TEST_F(StoreTest, OnlyOnePrimary) {
  absl::StatusOr<std::unique_ptr<Store>> second = Store::OpenPrimary(db_path());
  EXPECT_FALSE(second.ok());
  EXPECT_TRUE(absl::StrContains(second.status().message(), db_path()))
      << second.status();
}

TEST_F(StoreTest, SecondaryWithoutPrimaryFails) {
  absl::StatusOr<std::unique_ptr<Store>> secondary =
      Store::OpenSecondary(dir_ + "/nothing-here", dir_ + "/secondary");
  EXPECT_EQ(secondary.status().code(), absl::StatusCode::kFailedPrecondition);
}

TEST_F(StoreTest, ConsistencyCheckFindsNoProblemsAfterIngestsAndFindsDamage) {
  IngestCorpus();
  // Merges that refine a date and fill a country move index entries.
  v1::Event vague =
      MakeEvent(v1::EVENT_TYPE_VISIT, v1::EVENT_STATUS_OCCURRED,
                MakeDate(2022, 0, 0), {Ref("vladimir-putin", "")}, "c1");
  const IngestResult first =
      Ingest(MakeArticle("c1", MakeDate(2022, 3, 1)), {vague});
  v1::Event precise = MakeEvent(v1::EVENT_TYPE_VISIT, v1::EVENT_STATUS_OCCURRED,
                                MakeDate(2022, 3, 2), {kPutin}, "c2");
  const IngestResult second =
      Ingest(MakeArticle("c2", MakeDate(2022, 3, 3)), {precise});
  EXPECT_EQ(second.events[0].id(), first.events[0].id());
  EventQuery russia_visits;
  russia_visits.actor = "russia";
  russia_visits.type = v1::EVENT_TYPE_VISIT;
  russia_visits.start_date = russia_visits.end_date = MakeDate(2022, 3, 2);
  EXPECT_EQ(Ids(Events(russia_visits)), Ids(second.events));
  std::vector<std::string> problems = Problems();
  for (const std::string& problem : problems) ADD_FAILURE() << problem;

  // A dangling index entry and a malformed key are reported.
  PutRaw("events_by_actor", std::string("iran\0"
                                        "20240101\0"
                                        "ev-gone",
                                        21));
  PutRaw("meetings_by_pair", "not-a-pair-key");
  problems = Problems();
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_TRUE(absl::StrContains(problems[0] + problems[1], "missing event"));
  EXPECT_TRUE(absl::StrContains(problems[0] + problems[1], "malformed"));
}

TEST_F(StoreTest, PartyIndexIsBuiltForAnOlderDatabaseAndChecked) {
  IngestCorpus();
  // A database written before agreements_by_party existed lacks it.
  store_.reset();
  {
    std::vector<std::string> names;
    ASSERT_TRUE(
        rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), db_path(), &names)
            .ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const std::string& name : names)
      descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), db_path(), descriptors,
                                  &handles, &db)
                    .ok());
    const size_t index =
        std::find(names.begin(), names.end(), "agreements_by_party") -
        names.begin();
    ASSERT_LT(index, names.size());
    EXPECT_TRUE(db->DropColumnFamily(handles[index]).ok());
    for (rocksdb::ColumnFamilyHandle* handle : handles) {
      db->DestroyColumnFamilyHandle(handle);
    }
    delete db;
  }
  Reopen();  // Rebuilds the index from the agreements.
  AgreementQuery iran;
  iran.party = "iran";
  absl::StatusOr<Page<v1::Agreement>> page =
      store_->ListAgreements(iran, PageRequest());
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].id(), "agr-iran-russia-comprehensive");
  iran.status = v1::AGREEMENT_STATUS_NEGOTIATING;  // Not its status.
  page = store_->ListAgreements(iran, PageRequest());
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_TRUE(page->items.empty());
  std::vector<std::string> problems = Problems();
  for (const std::string& problem : problems) ADD_FAILURE() << problem;

  // An entry naming a party the agreement does not have is reported.
  PutRaw("agreements_by_party", std::string("turkey\0"
                                            "agr-iran-russia-comprehensive",
                                            36));
  problems = Problems();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(absl::StrContains(problems[0], "stale")) << problems[0];
}

TEST_F(StoreTest, ReopenKeepsData) {
  IngestCorpus();
  const std::vector<std::string> before = Ids(Events(EventQuery()));
  Reopen();
  EXPECT_EQ(Ids(Events(EventQuery())), before);
  EXPECT_TRUE(store_->GetAgreement("agr-iran-russia-comprehensive").ok());
  // Ingest after reopening still merges with what was stored.
  const IngestResult again =
      Ingest(MakeArticle("d1", MakeDate(2022, 1, 20)),
             {Met(MakeDate(2022, 1, 19), {kRaisi, kPutin}, "d1")});
  ASSERT_EQ(again.events.size(), 1u);
  EXPECT_EQ(again.events[0].sources_size(), 2);
  EXPECT_EQ(Ids(Events(EventQuery())), before);
}

TEST_F(StoreTest, CheckpointOpensAsADatabase) {
  IngestCorpus();
  const std::string backup = dir_ + "/backups/one";
  ASSERT_OK(store_->Checkpoint(backup));
  EXPECT_EQ(store_->Checkpoint(backup).code(),
            absl::StatusCode::kAlreadyExists);
  const std::vector<std::string> ids = Ids(Events(EventQuery()));
  store_.reset();
  absl::StatusOr<std::unique_ptr<Store>> copy = Store::OpenPrimary(backup);
  ASSERT_TRUE(copy.ok()) << copy.status();
  absl::StatusOr<Page<v1::Event>> page =
      (*copy)->ListEvents(EventQuery(), PageRequest{1000, ""});
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(Ids(page->items), ids);
}

TEST_F(StoreTest, BadInputIsRejectedAndStoresNothing) {
  v1::Event bad =
      Met(MakeDate(2022, 1, 19), {kPutin, Ref("Ebrahim Raisi", "")}, "a1");
  absl::StatusOr<IngestResult> result = store_->IngestArticle(
      MakeArticle("a1", MakeDate(2022, 1, 20)),
      {Met(MakeDate(2022, 1, 19), {kPutin, kRaisi}, "a1"), bad}, {});
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(result.status().message(), "event 1"))
      << result.status();
  v1::Event bad_date = Met(MakeDate(2023, 2, 29), {kPutin, kRaisi}, "a1");
  EXPECT_EQ(
      store_
          ->IngestArticle(MakeArticle("a1", MakeDate(0, 0, 0)), {bad_date}, {})
          .status()
          .code(),
      absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->IngestArticle(MakeArticle("", MakeDate(0, 0, 0)), {}, {})
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->GetArticle("a1").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_TRUE(Events(EventQuery()).empty());
}

TEST_F(StoreTest, NewActorsAreStoredOnceAndFoundByName) {
  v1::Actor hemmati;
  hemmati.set_id("abdolnaser-hemmati");
  hemmati.set_name("Abdolnaser Hemmati");
  hemmati.add_aliases("Hemmati");
  hemmati.set_kind(v1::ACTOR_KIND_PERSON);
  v1::Role* role = hemmati.add_roles();
  role->set_title("economy minister");
  role->set_country("iran");
  Ingest(MakeArticle("a1", MakeDate(2024, 9, 1)), {}, {hemmati});

  // A later article's version does not replace the stored actor.
  v1::Actor other = hemmati;
  other.set_name("A. Hemmati");
  other.clear_roles();
  Ingest(MakeArticle("a2", MakeDate(2024, 9, 2)), {}, {other});

  absl::StatusOr<v1::Actor> stored = store_->GetActor("abdolnaser-hemmati");
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_EQ(stored->name(), "Abdolnaser Hemmati");
  EXPECT_EQ(stored->roles_size(), 1);
  for (const char* name : {"hemmati", "HEMMATI", "abdolnaser hemmati"}) {
    absl::StatusOr<std::vector<v1::Actor>> found =
        store_->FindActorsByName(name);
    ASSERT_TRUE(found.ok()) << found.status();
    ASSERT_EQ(found->size(), 1u) << name;
    EXPECT_EQ((*found)[0].id(), "abdolnaser-hemmati");
  }
  absl::StatusOr<std::vector<v1::Actor>> none =
      store_->FindActorsByName("hemmat");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  EXPECT_TRUE(Problems().empty());
}

// --- Many threads at once: writers merging the same happenings, readers on
// a secondary catching up, and shared WAL syncs. scripts/sanitize.sh runs it
// under ThreadSanitizer, where every lock and atomic involved is visible
// (RocksDB's own synchronization is pthread-based). ---

// Article `i` of the concurrent corpus: a meeting of one of five pairs on
// one of six days (each happening is reported by four articles), and a
// report on one Iran-Russia agreement whose status depends on its date
// (NEGOTIATING in January, SIGNED in February). Reports that are only
// partly dated are left out: which day event a month-only report joins
// depends on the order of arrival.
std::pair<v1::Article, std::vector<v1::Event>> ConcurrentArticle(int i) {
  static const v1::ActorRef* const kGuests[] = {&kRaisi, &kPezeshkian,
                                                &kMishustin, &kErdogan};
  const std::string id = absl::StrCat("c", i);
  const int pair = i % 5;
  const int day = (i / 5) % 6 + 1;
  std::vector<v1::ActorRef> who = {kPutin, *kGuests[pair % 4]};
  if (pair == 4) who = {kRaisi, kErdogan};
  const bool signed_in_february = i % 2 == 1;
  const v1::Date act = signed_in_february ? MakeDate(2023, 2, 1 + i % 27)
                                          : MakeDate(2023, 1, 1 + i % 27);
  return {
      MakeArticle(id, MakeDate(2023, 3, 20)),
      {Met(MakeDate(2023, 3, day), who, id),
       AgreementReport("comprehensive strategic partnership treaty",
                       signed_in_february ? v1::AGREEMENT_STATUS_SIGNED
                                          : v1::AGREEMENT_STATUS_NEGOTIATING,
                       act, id)}};
}

// An event without its id and without the order its reports arrived in.
std::string Canonical(const v1::Event& event) {
  std::vector<std::string> who, sources;
  for (const v1::ActorRef& ref : event.participants()) who.push_back(ref.id());
  for (const v1::Source& source : event.sources()) {
    sources.push_back(source.article_id());
  }
  std::sort(who.begin(), who.end());
  std::sort(sources.begin(), sources.end());
  return absl::StrCat(v1::EventType_Name(event.type()), " ",
                      v1::EventStatus_Name(event.status()), " ",
                      absl::StrJoin(who, "+"), " ", event.date().year(), "-",
                      event.date().month(), "-", event.date().day(), " [",
                      absl::StrJoin(sources, ","), "]");
}

// Every event of `store`, canonical and sorted, and its agreements' status
// and sorted history.
std::vector<std::string> Contents(const Store& store) {
  std::vector<std::string> contents;
  PageRequest page{1000, ""};
  do {
    absl::StatusOr<Page<v1::Event>> events = store.ListEvents({}, page);
    EXPECT_TRUE(events.ok()) << events.status();
    if (!events.ok()) break;
    for (const v1::Event& event : events->items) {
      contents.push_back(Canonical(event));
    }
    page.page_token = events->next_page_token;
  } while (!page.page_token.empty());
  absl::StatusOr<Page<v1::Agreement>> agreements =
      store.ListAgreements({}, PageRequest{1000, ""});
  EXPECT_TRUE(agreements.ok()) << agreements.status();
  for (const v1::Agreement& agreement :
       agreements.ok() ? agreements->items : std::vector<v1::Agreement>()) {
    std::vector<std::string> history;
    for (const auto& entry : agreement.history()) {
      history.push_back(absl::StrCat(entry.date().month(), "/",
                                     entry.date().day(), " ",
                                     v1::AgreementStatus_Name(entry.status())));
    }
    std::sort(history.begin(), history.end());
    contents.push_back(absl::StrCat(
        "agreement ", v1::AgreementStatus_Name(agreement.status()), " ",
        agreement.event_ids_size(), " events; ", absl::StrJoin(history, ",")));
  }
  std::sort(contents.begin(), contents.end());
  return contents;
}

TEST_F(StoreTest, ConcurrentIngestsAndReadersGiveTheSequentialResult) {
  constexpr int kWriters = 4;
  constexpr int kArticlesPerWriter = 30;
  absl::StatusOr<std::unique_ptr<Store>> secondary =
      Store::OpenSecondary(db_path(), dir_ + "/secondary");
  ASSERT_TRUE(secondary.ok()) << secondary.status();

  std::atomic<int> writers_left{kWriters};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      for (int k = 0; k < kArticlesPerWriter; ++k) {
        const int i = k * kWriters + w;
        auto [article, events] = ConcurrentArticle(i);
        // A third of the writes wait for a later shared sync.
        const Durability durability =
            i % 3 == 0 ? Durability::kDeferred : Durability::kSynced;
        if (!store_->IngestArticle(article, events, {}, durability).ok()) {
          ++failures;
        }
      }
      --writers_left;
    });
  }
  threads.emplace_back([&] {  // Syncs the deferred writes.
    while (writers_left > 0) {
      if (!store_->SyncWal().ok()) ++failures;
    }
  });
  threads.emplace_back([&] {  // Like the query service's catch-up timer.
    while (writers_left > 0) {
      if (!(*secondary)->CatchUp().ok()) ++failures;
    }
  });
  for (int r = 0; r < 2; ++r) {  // Like query handlers.
    threads.emplace_back([&, r] {
      while (writers_left > 0) {
        if (!(*secondary)->CatchUpIfOlderThan(absl::Now()).ok()) ++failures;
        const std::string guest =
            r == 0 ? "ebrahim-raisi" : "mikhail-mishustin";
        if (!(*secondary)
                 ->ListMeetings(Between("vladimir-putin", guest),
                                PageRequest{5, ""})
                 .ok()) {
          ++failures;
        }
        AgreementQuery signed_ones;
        signed_ones.status = v1::AGREEMENT_STATUS_SIGNED;
        if (!(*secondary)->ListAgreements(signed_ones, PageRequest{}).ok()) {
          ++failures;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures, 0);
  ASSERT_OK(store_->SyncWal());
  for (const std::string& problem : Problems()) ADD_FAILURE() << problem;

  // The same articles one after another, into a second database.
  absl::StatusOr<std::unique_ptr<Store>> sequential =
      Store::OpenPrimary(dir_ + "/sequential");
  ASSERT_TRUE(sequential.ok()) << sequential.status();
  for (int i = 0; i < kWriters * kArticlesPerWriter; ++i) {
    auto [article, events] = ConcurrentArticle(i);
    ASSERT_TRUE((*sequential)->IngestArticle(article, events, {}).ok());
  }
  const std::vector<std::string> expected = Contents(**sequential);
  // Meetings of five pairs on six days; reports of the agreement on 27
  // days of each of its two statuses (as events); the agreement.
  ASSERT_EQ(expected.size(), 5u * 6 + 2 * 27 + 1)
      << absl::StrJoin(expected, "\n");
  EXPECT_EQ(Contents(*store_), expected);
  ASSERT_OK((*secondary)->CatchUp());
  EXPECT_EQ(Contents(**secondary), expected);
}

}  // namespace
}  // namespace parley
