#pragma once

#include "report_model.h"

#include <string>

namespace relief::reports {

// A FHIR R4 Bundle of type "collection": Patient, a MedicationStatement per medication,
// a MedicationAdministration per dose (completed / not-done), an Observation per pain
// score (LOINC 72514-3), Observations for side effects and cramps, a DetectedIssue per
// alert. Mapping documented in docs/fhir-mapping.md. Pretty-printed JSON.
std::string render_fhir(const VisitReport& report);

}  // namespace relief::reports
