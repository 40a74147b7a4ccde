// findings/excel/roundtrip.hpp — how a workbook written by the Excel exporter comes back.
//
// A manager opens the exported workbook, edits a few cells (status, owner, due date, action,
// themes, review) on the Findings or the Actions sheet, saves it — perhaps with LibreOffice or
// a script using openpyxl — and sends it back. Those tools drop what they do not understand
// (custom document properties among them), so everything the importer needs travels in
// ordinary cells, which every tool keeps:
//
//  - a hidden sheet "_findings" (data_sheet.hpp) holds, per source and per finding, its id and
//    its complete original record as JSON (record_json.hpp), split into cells of at most
//    32,000 bytes because a cell holds at most 32,767 characters;
//  - the Findings and Actions sheets carry a hidden "Id" column, so each row is tied to its
//    record whatever the manager does to the order of rows;
//  - the editable columns (edits.hpp) are written and read with one shared vocabulary
//    (cell_values.hpp): "Amber" is amber, a theme label is its theme id, a date cell is an
//    ISO date.
//
// The importer reads the hidden sheet back into the original records, reads the editable
// cells of each row as text, and calls applyEdits() per finding: it yields the finding with
// the manager's edits applied, each change, and each conflict where the two sheets changed
// one field differently (the original value is then kept). Nothing else is taken from the
// visible sheets, so sources, locations and properties come back exactly as exported.
#pragma once

#include <findings/excel/roundtrip/cell_values.hpp>
#include <findings/excel/roundtrip/data_sheet.hpp>
#include <findings/excel/roundtrip/edits.hpp>
#include <findings/excel/roundtrip/record_json.hpp>
