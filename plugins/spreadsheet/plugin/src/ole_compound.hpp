// What an OLE compound file (the CFB container of legacy Office files) holds, so that an
// .xlsx that is not a zip can be named precisely: Excel's password protection wraps the whole
// workbook in one (streams EncryptionInfo and EncryptedPackage), and Excel 97-2003 .xls files
// are one (stream Workbook, or Book for Excel 5). The names come from the CFB directory; the
// streams themselves are never read.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace spreadsheet {

/// Reads up to `size` bytes at `offset`; returns how many it read (short at the end).
using ReadAt = std::function<size_t(uint64_t offset, void* buffer, size_t size)>;

/// True when `head` starts with the CFB signature D0 CF 11 E0 A1 B1 1A E1.
bool isOleCompound(std::string_view head);

/// The names of the storages and streams in the CFB directory (at most a few thousand),
/// or none when the directory cannot be read (a damaged or truncated file).
std::vector<std::string> oleEntryNames(const ReadAt& read);

/// What kind of Office file these entry names make, for an error message:
/// "password-protected workbook (encrypted...)", "legacy Excel 97-2003 workbook (.xls)", or
/// "OLE compound file, not an .xlsx workbook" when neither (or the directory was unreadable).
std::string describeOleCompound(const std::vector<std::string>& names);

}  // namespace spreadsheet
