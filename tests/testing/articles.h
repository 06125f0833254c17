// Short synthetic articles written for the tests, and a knowledge-base file
// with two actors that share a surname.
#ifndef PARLEY_TESTS_TESTING_ARTICLES_H_
#define PARLEY_TESTS_TESTING_ARTICLES_H_

namespace parley {
namespace testing {

// Putin and Pezeshkian meet in Ashgabat on 2024-10-11 ...
inline constexpr char kAshgabatMeeting[] =
    "date 2024-10-11\n"
    "Russian President Vladimir Putin met Iranian President Masoud "
    "Pezeshkian in Ashgabat on Friday. The two presidents discussed trade "
    "and energy.\n";

// ... and a second article reports the same meeting a day later.
inline constexpr char kAshgabatMeetingFollowUp[] =
    "date 2024-10-12\n"
    "Iranian President Masoud Pezeshkian held talks with Russian President "
    "Vladimir Putin in Ashgabat on Friday, the Kremlin said.\n";

inline constexpr char kKazanMeeting[] =
    "date 2024-10-23\n"
    "Russian President Vladimir Putin met Iranian President Masoud "
    "Pezeshkian in Kazan on Wednesday.\n";

inline constexpr char kMoscowMeeting[] =
    "date 2025-01-17\n"
    "Iranian President Masoud Pezeshkian met Russian President Vladimir "
    "Putin in Moscow on Friday.\n";

inline constexpr char kPhoneCall[] =
    "date 2024-08-05\n"
    "Russian President Vladimir Putin spoke by phone with Iranian President "
    "Masoud Pezeshkian on Monday.\n";

// An agreement under negotiation in December 2024 ...
inline constexpr char kAgreementNegotiating[] =
    "date 2024-12-10\n"
    "Iran and Russia are negotiating a comprehensive strategic partnership "
    "agreement, Iranian Foreign Minister Abbas Araghchi said on Tuesday.\n";

// ... and signed in January 2025.
inline constexpr char kAgreementSigned[] =
    "date 2025-01-17\n"
    "Russian President Vladimir Putin and Iranian President Masoud "
    "Pezeshkian signed the comprehensive strategic partnership agreement "
    "between Iran and Russia in Moscow on Friday.\n";

// Two persons who are both "Zelenov", for ambiguity tests (--kb=FILE).
inline constexpr char kZelenovKnowledgeBase[] =
    "actors {\n"
    "  id: \"arkady-zelenov\"\n"
    "  name: \"Arkady Zelenov\"\n"
    "  kind: ACTOR_KIND_PERSON\n"
    "  country: \"russia\"\n"
    "  aliases: \"Zelenov\"\n"
    "}\n"
    "actors {\n"
    "  id: \"boris-zelenov\"\n"
    "  name: \"Boris Zelenov\"\n"
    "  kind: ACTOR_KIND_PERSON\n"
    "  country: \"russia\"\n"
    "  aliases: \"Zelenov\"\n"
    "}\n";

}  // namespace testing
}  // namespace parley

#endif  // PARLEY_TESTS_TESTING_ARTICLES_H_
