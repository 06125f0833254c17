// Pure functions deciding when reports from different articles describe the
// same event or agreement, and how they are combined.
#ifndef PARLEY_COMMON_STORE_MERGE_H_
#define PARLEY_COMMON_STORE_MERGE_H_

#include <string>
#include <vector>

#include "parley/v1/event.pb.h"
#include "parley/v1/types.pb.h"

namespace parley {

// True unless both locations are set and name different places, where a
// country and a place in that country (Location.country) do not differ.
bool LocationsCompatible(const v1::Location& a, const v1::Location& b);

// True when `incoming` reports the same happening as `stored`: same type and
// status, the same set of participant ids, dates that agree (DatesAgree)
// and compatible locations. AGREEMENT events must also report the same
// agreement status for the same agreement (equal agreement ids when both
// are set, else SameAgreement on parties and name).
bool SameHappening(const v1::Event& stored, const v1::Event& incoming);

// Merges `incoming` into `stored`: appends each source whose article is not
// already a source, refines the date to the finer precision, fills a missing
// location (or refines a country to a place in it), keeps the higher
// confidence and fills participants' missing name, role and country.
// REQUIRES: SameHappening(*stored, incoming).
void MergeEvent(const v1::Event& incoming, v1::Event* stored);

// The parties of an AGREEMENT event: agreement.parties, else the participant
// ids; sorted and deduplicated.
std::vector<std::string> AgreementParties(const v1::Event& event);

// True when `agreement` has exactly `parties` (sorted, deduplicated) and its
// name or one of its aliases names the same agreement as `name`
// (SameAgreementName).
bool SameAgreement(const v1::Agreement& agreement,
                   const std::vector<std::string>& parties,
                   const std::string& name);

// The id prefix shared by agreements between `parties` (sorted):
// "agr-iran-russia-". Ids are this prefix + AgreementNameSlug(name).
std::string AgreementIdPrefix(const std::vector<std::string>& parties);

// A new agreement with `id`, named after the AGREEMENT event `event`, with
// its parties and no history yet.
v1::Agreement NewAgreement(const std::string& id, const v1::Event& event);

// Records in `agreement` the AGREEMENT event `reported` (with its id) as
// article `article_id` published on `published` reported it: the event id,
// the event's sources (unless their article already is one), the reported
// name as an alias when it is new, and a history entry with the reported
// status dated by the event's date, else by `published`. History stays
// sorted by date (DateSortKey order), equal dates in insertion order; the
// current status becomes that of the last entry. Nothing is added twice.
void AddToAgreement(const v1::Event& reported, const std::string& article_id,
                    const v1::Date& published, v1::Agreement* agreement);

}  // namespace parley

#endif  // PARLEY_COMMON_STORE_MERGE_H_
