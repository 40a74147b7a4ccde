// A source and a finding with every field of the format set (each link field too), for the
// tests that check each field crosses a boundary or is named everywhere: the worker
// encoding, the JSON writer and reader, the schema and FORMAT.md.
#pragma once

#include <findings/sdk/records.hpp>

namespace testrecords {

findings::Source everyFieldSource();
findings::Finding everyFieldFinding();

}  // namespace testrecords
