#pragma once

#include "report_model.h"

#include <string>

namespace relief::reports {

// A `document` is the report as one signed-off whole (a Composition first); a
// `transaction` is the same resources as requests a FHIR server carries out together.
enum class FhirBundle { document, transaction };

// The visit report as a FHIR R4 Bundle: Composition (document only), Device, Patient,
// Conditions, Medications (RxNorm), MedicationStatements, MedicationAdministrations,
// Observations for every kind of entry (a PEG also as a QuestionnaireResponse),
// DetectedIssues and a Provenance. Mapping
// documented in docs/fhir-mapping.md. Pretty-printed JSON.
std::string render_fhir(const VisitReport& report, FhirBundle kind = FhirBundle::document);

}  // namespace relief::reports
