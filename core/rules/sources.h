#pragma once

// Sources that more than one rule family cites, spelled once so that alerts agree.
namespace relief::sources {

inline constexpr const char* seed_000 = "What to Do When Muscle Relaxers Don't Work (patient article)";
inline constexpr const char* seed_001 = "Baclofen vs. Flexeril, J. Berg (patient article, 2020)";
inline constexpr const char* seed_002 = "Can Muscle Relaxers Cause Leg Cramps? (patient article)";
inline constexpr const char* seed_003 =
    "What is the best treatment for back pain spasms? (reviewed patient article, 2025)";
inline constexpr const char* acp = "ACP low back pain guideline 2017";
inline constexpr const char* farrar =
    "Farrar et al., Pain 2001;94:149 (clinically important improvement)";
inline constexpr const char* soma_label = "Soma (carisoprodol) US label";

}  // namespace relief::sources
