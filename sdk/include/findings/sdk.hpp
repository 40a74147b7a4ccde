// findings/sdk.hpp — the header-only C++ layer over the C ABI of findings/plugin.h.
//
// Include this one header to write a plugin as ordinary C++ classes:
//  - records.hpp  the findings format's records (Source, Finding, ...) as C++ values
//  - convert.hpp  conversions between those values and plugin.h's C structs
//  - editable_fields.hpp  the fields people may edit outside the app and a merge carries back
//  - ids.hpp      the id policy: source ids from the file's SHA-256, finding ids under them
//  - services.hpp the host's services during a call (Host, Options, Input, Sink, View, Output)
//  - entry.hpp    Importer / Exporter base classes, Plugin, and the FINDINGS_PLUGIN macro
// Nothing here is compiled into the host or needs linking: a plugin built with this header
// still speaks only the C ABI, so it works with any 1.x host whatever compiler built either.
#pragma once

#include <findings/plugin.h>
#include <findings/sdk/convert.hpp>
#include <findings/sdk/editable_fields.hpp>
#include <findings/sdk/entry.hpp>
#include <findings/sdk/ids.hpp>
#include <findings/sdk/followup.hpp>
#include <findings/sdk/records.hpp>
#include <findings/sdk/services.hpp>
