#pragma once

#include "analysis_context.h"

#include <vector>

namespace relief {

// One function per family of RULES.md; each appends the alerts it raises as of
// ctx.as_of(). Implemented in the file named after the family.
void check_duration(const AnalysisContext& ctx, std::vector<Alert>& out);       // duration.cpp
void check_response(const AnalysisContext& ctx, std::vector<Alert>& out);       // response.cpp
void check_reassessment(const AnalysisContext& ctx, std::vector<Alert>& out);   // reassessment.cpp
void check_red_flags(const AnalysisContext& ctx, std::vector<Alert>& out);      // red_flags.cpp
void check_dose_maximum(const AnalysisContext& ctx, std::vector<Alert>& out);   // dose_maximum.cpp
void check_interactions(const AnalysisContext& ctx, std::vector<Alert>& out);   // interactions.cpp
void check_conditions(const AnalysisContext& ctx, std::vector<Alert>& out);     // conditions.cpp
void check_withdrawal(const AnalysisContext& ctx, std::vector<Alert>& out);     // withdrawal.cpp
void check_adherence(const AnalysisContext& ctx, std::vector<Alert>& out);      // adherence_rules.cpp
void check_tolerance(const AnalysisContext& ctx, std::vector<Alert>& out);      // tolerance.cpp
void check_pain_patterns(const AnalysisContext& ctx, std::vector<Alert>& out);  // pain_patterns.cpp
void check_cramps(const AnalysisContext& ctx, std::vector<Alert>& out);         // cramps.cpp
void check_treatment(const AnalysisContext& ctx, std::vector<Alert>& out);      // treatment.cpp
void check_function(const AnalysisContext& ctx, std::vector<Alert>& out);       // function.cpp

}  // namespace relief
