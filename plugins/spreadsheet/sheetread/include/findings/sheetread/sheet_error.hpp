// The exception sheetread throws for workbooks and CSV files it cannot read. Zip-level
// failures (bombs, truncation, OLE/legacy files) arrive as safezip::ZipError instead.
#pragma once

#include <stdexcept>
#include <string>

namespace findings::sheetread {

/// What kind of failure a SheetReadError reports.
enum class SheetErrorKind {
    NotSpreadsheet, ///< a zip without a workbook part (a .docx, or any other zip)
    MissingPart,    ///< a part the workbook refers to is absent (a sheet's XML)
    MissingSheet,   ///< no sheet has the requested name
    CorruptPart,    ///< a part is not well-formed XML, or carries a DOCTYPE
    LimitExceeded,  ///< a cap on cells, strings or styles was passed
    Io,             ///< a file could not be opened or read
    UnknownEncoding, ///< CSV text in an encoding not read (UTF-32, or NULs once decoded)
};

/// Thrown for unreadable input. what() names the file, the part where there is one, and the
/// cause: "tracker.xlsx: xl/worksheets/sheet2.xml: undefined entity &nbsp; (line 14)".
class SheetReadError : public std::runtime_error {
public:
    /// `file` is the display name of the input; `part` the zip entry (may be empty);
    /// `detail` the cause.
    SheetReadError(SheetErrorKind kind, const std::string& file, const std::string& part,
                   const std::string& detail);
    /// The category of the failure.
    SheetErrorKind kind() const noexcept { return kind_; }
    /// Display name of the input file.
    const std::string& file() const noexcept { return file_; }
    /// The zip entry involved, or empty.
    const std::string& part() const noexcept { return part_; }
    /// The cause alone.
    const std::string& detail() const noexcept { return detail_; }

private:
    SheetErrorKind kind_;
    std::string file_;
    std::string part_;
    std::string detail_;
};

}  // namespace findings::sheetread
