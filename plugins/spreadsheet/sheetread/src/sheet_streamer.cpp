// The hot path of .xlsx reading: one pass over the worksheet XML with no per-cell
// allocation. Cell text goes into a per-row arena that is turned into views only when the
// row is delivered; shared strings are viewed in place.
#include "sheet_streamer.hpp"

#include <findings/sheetread/sheet_error.hpp>
#include <findings/text/decode.hpp>

#include <charconv>
#include <cmath>
#include <cstring>

namespace findings::sheetread::detail {

namespace {

/// Cell type codes from the t attribute.
enum class RawType : uint8_t { Number, Shared, Inline, FormulaString, Boolean, Error, IsoDate, Unknown };

RawType rawTypeOf(std::string_view t) {
    if (t.empty() || t == "n") return RawType::Number;
    if (t == "s") return RawType::Shared;
    if (t == "inlineStr") return RawType::Inline;
    if (t == "str") return RawType::FormulaString;
    if (t == "b") return RawType::Boolean;
    if (t == "e") return RawType::Error;
    if (t == "d") return RawType::IsoDate;
    return RawType::Unknown;
}

bool parseUnsigned(std::string_view s, uint64_t& out) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
    if (s.empty()) return false;
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool parseNumber(std::string_view s, double& out) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return false;
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
}

/// Shortest text that reads back as the same double; integers without exponent up to 1e17.
void appendNumber(std::string& out, double v) {
    char buf[40];
    std::to_chars_result r;
    if (v == std::floor(v) && std::fabs(v) < 1e17) r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
    else r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

/// A cell while its row is being read; text lives in the row arena or in the shared table.
struct PendingCell {
    uint32_t column;
    CellType type;
    bool hasFormula;
    uint32_t style;
    double number;
    const char* external;  ///< shared-string text, or nullptr when in the arena
    size_t textOffset, textLength;
    size_t formulaOffset, formulaLength;
};

class Streamer {
public:
    Streamer(const SheetContext& ctx, XmlScanner& sc, SheetHandler& handler)
        : ctx_(ctx), sc_(sc), handler_(handler), lim_(*ctx.limits) {
        pending_.reserve(64);
        cells_.reserve(64);
    }

    SheetSummary run(SheetStart start) {
        start.sheet = ctx_.sheet;
        start_ = std::move(start);
        bool sawRoot = false;
        for (XmlScanner::Token t; (t = sc_.next()) != XmlScanner::Token::End;) {
            const std::string_view n = sc_.name();
            if (!sawRoot) {
                sawRoot = true;
                if (n != "worksheet" && n != "chartsheet" && n != "dialogsheet" && n != "macrosheet")
                    sc_.fail("not a worksheet (root element <" + std::string(n) + ">)");
            }
            if (t == XmlScanner::Token::StartTag) {
                if (!onStart(n)) break;
            } else if (!onEnd(n)) {
                break;
            }
        }
        if (inSheetData_ && !stopped_) sc_.fail("unexpected end of XML: <sheetData> is not closed");
        if (!sawRoot) sc_.fail("no root element");
        deliverStart();
        SheetEnd end;
        end.sheet = ctx_.sheet;
        end.rowsDelivered = summary_.rowsDelivered;
        end.rowsWithProblems = summary_.rowsWithProblems;
        end.cells = summary_.cells;
        end.stoppedByHandler = stopped_;
        end.mergedRanges = std::move(merges_);
        summary_.stoppedByHandler = stopped_;
        handler_.onSheetEnd(end);
        return summary_;
    }

private:
    // Returns false when the handler asked to stop.
    bool onStart(std::string_view n) {
        if (inCell_) {
            if (n == "v") {
                hasValue_ = true;
                if (!sc_.selfClosing()) sc_.readText(value_, lim_.maxStringBytes, tooLong_);
            } else if (n == "f") {
                hasFormula_ = true;
                if (!sc_.selfClosing()) sc_.readText(formula_, lim_.maxStringBytes, tooLong_);
            } else if (n == "is") {
                inInline_ = !sc_.selfClosing();
                hasValue_ = true;
            } else if (inInline_ && n == "t") {
                if (!sc_.selfClosing()) sc_.readText(inline_, lim_.maxStringBytes, tooLong_);
            } else if (inInline_ && n == "rPh") {
                if (!sc_.selfClosing()) sc_.skipElement();
            }
            return true;
        }
        if (inRow_) {
            if (n == "c") {
                beginCell();
                if (sc_.selfClosing()) endCell();
            }
            return true;
        }
        if (inSheetData_) {
            if (n == "row") {
                beginRow();
                if (sc_.selfClosing()) return endRow();
            } else if (n == "c") {
                sc_.fail("cell outside a row");
            }
            return true;
        }
        if (n == "sheetData") {
            deliverStart();
            inSheetData_ = !sc_.selfClosing();
        } else if (n == "mergeCell") {
            addMerge();
        } else if (n == "col") {
            addHiddenColumns();
        } else if (n == "dimension") {
            std::string_view ref;
            if (sc_.attribute("ref", ref)) start_.dimension = parseCellRange(ref);
        }
        return true;
    }

    bool onEnd(std::string_view n) {
        if (inCell_) {
            if (n == "c") endCell();
            else if (n == "is") inInline_ = false;
            return true;
        }
        if (inRow_) return n == "row" ? endRow() : true;
        if (inSheetData_ && n == "sheetData") inSheetData_ = false;
        return true;
    }

    void deliverStart() {
        if (startDelivered_) return;
        startDelivered_ = true;
        handler_.onSheetStart(start_);
    }

    void addMerge() {
        std::string_view ref;
        if (!sc_.attribute("ref", ref)) return;
        if (auto range = parseCellRange(ref)) {
            if (merges_.size() >= lim_.maxMergedRanges)
                throw SheetReadError(SheetErrorKind::LimitExceeded, *ctx_.file, sc_.part(),
                                     "more than " + std::to_string(lim_.maxMergedRanges) + " merged ranges");
            merges_.push_back(*range);
        }
    }

    void addHiddenColumns() {
        std::string_view hidden, min, max;
        if (!sc_.attribute("hidden", hidden) || !(hidden == "1" || hidden == "true")) return;
        uint64_t first = 0, last = 0;
        if (sc_.attribute("min", min) && sc_.attribute("max", max) && parseUnsigned(min, first) &&
            parseUnsigned(max, last) && first >= 1 && first <= last && last <= kMaxColumn)
            start_.hiddenColumns.push_back({uint32_t(first), uint32_t(last)});
    }

    void beginRow() {
        inRow_ = true;
        rowHidden_ = false;
        rowError_.clear();
        pending_.clear();
        arena_.clear();
        lastColumn_ = 0;
        rowNumber_ = lastRow_ + 1;
        for (const XmlAttribute& a : sc_.attributes()) {
            if (a.name == "r") {
                uint64_t r = 0;
                if (!parseUnsigned(a.value, r) || r == 0 || r > kMaxRow) {
                    problem("invalid row number \"" + std::string(a.value) + "\"");
                    rowNumber_ = 0;
                } else {
                    rowNumber_ = uint32_t(r);
                }
            } else if (a.name == "hidden") {
                rowHidden_ = a.value == "1" || a.value == "true";
            }
        }
        if (rowNumber_ != 0) lastRow_ = rowNumber_;
    }

    bool endRow() {
        inRow_ = false;
        if (!rowError_.empty()) {
            ++summary_.rowsWithProblems;
            RowProblem p{ctx_.sheet, rowNumber_, rowError_};
            if (!handler_.onRowProblem(p)) return stop();
            return true;
        }
        cells_.clear();
        for (const PendingCell& pc : pending_) {
            Cell c;
            c.sheet = ctx_.sheet;
            c.row = rowNumber_;
            c.column = pc.column;
            c.type = pc.type;
            c.number = pc.number;
            c.style = &(*ctx_.styles)[pc.style];
            c.hasFormula = pc.hasFormula;
            c.text = pc.external ? std::string_view(pc.external, pc.textLength)
                                 : std::string_view(arena_.data() + pc.textOffset, pc.textLength);
            if (pc.formulaLength) c.formula = std::string_view(arena_.data() + pc.formulaOffset, pc.formulaLength);
            cells_.push_back(c);
        }
        summary_.cells += cells_.size();
        ++summary_.rowsDelivered;
        Row row;
        row.sheet = ctx_.sheet;
        row.number = rowNumber_;
        row.hidden = rowHidden_;
        row.cells = cells_.data();
        row.cellCount = cells_.size();
        if (!handler_.onRow(row)) return stop();
        return true;
    }

    bool stop() {
        stopped_ = true;
        return false;
    }

    void problem(std::string message) {
        if (rowError_.empty()) rowError_ = std::move(message);  // the first cause is reported
    }

    std::string cellName() const {
        return columnLetters(column_) + (rowNumber_ ? std::to_string(rowNumber_) : std::string("?"));
    }

    void beginCell() {
        inCell_ = true;
        inInline_ = false;
        hasValue_ = hasFormula_ = tooLong_ = false;
        value_.clear();
        inline_.clear();
        formula_.clear();
        style_ = 0;
        rawType_ = RawType::Number;
        column_ = lastColumn_ + 1;
        for (const XmlAttribute& a : sc_.attributes()) {
            if (a.name.size() != 1) continue;
            switch (a.name[0]) {
            case 'r':
                // The letters give the column; the row comes from the enclosing <row>.
                if (auto ref = parseCellRef(a.value)) column_ = ref->column;
                else problem("invalid cell reference \"" + std::string(a.value) + "\"");
                break;
            case 's': {
                uint64_t s = 0;
                // An unknown style index keeps style 0: the value is intact either way.
                if (parseUnsigned(a.value, s) && s < ctx_.styles->size()) style_ = uint32_t(s);
                break;
            }
            case 't':
                rawType_ = rawTypeOf(a.value);
                if (rawType_ == RawType::Unknown) problem("cell " + cellName() + ": unknown cell type \"" + std::string(a.value) + "\"");
                break;
            default:
                break;
            }
        }
        lastColumn_ = column_;
    }

    void endCell() {
        inCell_ = false;
        if (++cellsInSheet_ > lim_.maxCellsPerSheet)
            throw SheetReadError(SheetErrorKind::LimitExceeded, *ctx_.file, sc_.part(),
                                 "sheet \"" + ctx_.sheet->name + "\" has more than " +
                                     std::to_string(lim_.maxCellsPerSheet) + " cells");
        if (!rowError_.empty()) return;
        if (pending_.size() >= lim_.maxCellsPerRow) {
            problem("more than " + std::to_string(lim_.maxCellsPerRow) + " cells in the row");
            return;
        }
        if (tooLong_) {
            problem("cell " + cellName() + ": text longer than " + std::to_string(lim_.maxStringBytes) + " bytes");
            return;
        }
        PendingCell pc{column_, CellType::Empty, hasFormula_, style_, 0, nullptr, 0, 0, 0, 0};
        if (hasFormula_ && !formula_.empty()) {
            if (!text::isValidUtf8(formula_)) return problem("cell " + cellName() + ": invalid UTF-8 in the formula");
            pc.formulaOffset = arena_.size();
            pc.formulaLength = formula_.size();
            arena_ += formula_;
        }
        const CellStyle& style = (*ctx_.styles)[style_];
        switch (rawType_) {
        case RawType::Number: {
            if (!hasValue_ || value_.empty()) break;
            double v = 0;
            if (!parseNumber(value_, v)) return problem("cell " + cellName() + ": invalid number \"" + value_ + "\"");
            pc.number = v;
            pc.textOffset = arena_.size();
            if (style.isDate) {
                if (auto iso = serialToIso(v, ctx_.dates)) {
                    pc.type = CellType::Date;
                    arena_ += *iso;
                    pc.textLength = iso->size();
                    break;
                }
            }
            pc.type = CellType::Number;
            appendNumber(arena_, v);
            pc.textLength = arena_.size() - pc.textOffset;
            break;
        }
        case RawType::Shared: {
            if (!hasValue_ || value_.empty()) break;
            uint64_t index = 0;
            if (!parseUnsigned(value_, index) || index >= ctx_.shared->size())
                return problem("cell " + cellName() + ": shared string index \"" + value_ + "\" is not in the table (" +
                               std::to_string(ctx_.shared->size()) + " strings)");
            if (ctx_.shared->isTruncated(index))
                return problem("cell " + cellName() + ": text longer than " + std::to_string(lim_.maxStringBytes) + " bytes");
            const std::string_view s = ctx_.shared->at(index);
            pc.type = CellType::String;
            pc.external = s.data();
            pc.textLength = s.size();
            break;
        }
        case RawType::Inline:
        case RawType::FormulaString: {
            // Some generators put an inline string's text in <v>; accept it there too.
            const bool inlineInV = rawType_ == RawType::Inline && inline_.empty() && !value_.empty();
            std::string& text = rawType_ == RawType::Inline && !inlineInV ? inline_ : value_;
            if (!hasValue_) break;
            if (text.find("_x") != std::string::npos) decodeOoxmlEscapes(text);
            if (!text::isValidUtf8(text)) return problem("cell " + cellName() + ": invalid UTF-8 in the text");
            pc.type = CellType::String;
            pc.textOffset = arena_.size();
            pc.textLength = text.size();
            arena_ += text;
            break;
        }
        case RawType::Boolean: {
            if (!hasValue_ || value_.empty()) break;
            const bool t = value_ == "1" || value_ == "true", f = value_ == "0" || value_ == "false";
            if (!t && !f) return problem("cell " + cellName() + ": invalid boolean \"" + value_ + "\"");
            pc.type = CellType::Boolean;
            pc.number = t ? 1 : 0;
            pc.textOffset = arena_.size();
            arena_ += t ? "TRUE" : "FALSE";
            pc.textLength = t ? 4 : 5;
            break;
        }
        case RawType::Error: {
            if (!hasValue_ || value_.empty()) break;
            if (!text::isValidUtf8(value_)) return problem("cell " + cellName() + ": invalid UTF-8 in the error value");
            pc.type = CellType::Error;
            pc.textOffset = arena_.size();
            pc.textLength = value_.size();
            arena_ += value_;
            break;
        }
        case RawType::IsoDate: {
            if (!hasValue_ || value_.empty()) break;
            const auto serial = isoToSerial(value_, ctx_.dates);
            const auto iso = serial ? serialToIso(*serial, ctx_.dates) : std::nullopt;
            if (!iso) return problem("cell " + cellName() + ": invalid date \"" + value_ + "\"");
            pc.type = CellType::Date;
            pc.number = *serial;
            pc.textOffset = arena_.size();
            pc.textLength = iso->size();
            arena_ += *iso;
            break;
        }
        case RawType::Unknown:
            return;  // already reported
        }
        pending_.push_back(pc);
    }

    const SheetContext& ctx_;
    XmlScanner& sc_;
    SheetHandler& handler_;
    const XlsxLimits& lim_;
    SheetStart start_;
    bool startDelivered_ = false, inSheetData_ = false, inRow_ = false, inCell_ = false, inInline_ = false;
    bool stopped_ = false;
    SheetSummary summary_;
    std::vector<CellRange> merges_;
    uint64_t cellsInSheet_ = 0;

    // The row being read.
    uint32_t rowNumber_ = 0, lastRow_ = 0, lastColumn_ = 0;
    bool rowHidden_ = false;
    std::string rowError_;
    std::vector<PendingCell> pending_;
    std::vector<Cell> cells_;
    std::string arena_;

    // The cell being read.
    uint32_t column_ = 0, style_ = 0;
    RawType rawType_ = RawType::Number;
    bool hasValue_ = false, hasFormula_ = false, tooLong_ = false;
    std::string value_, inline_, formula_;
};

}  // namespace

SheetSummary streamSheet(const SheetContext& context, XmlScanner& scanner, SheetHandler& handler, SheetStart start) {
    Streamer streamer(context, scanner, handler);
    return streamer.run(std::move(start));
}

std::vector<CellRange> scanMergedRanges(const SheetContext& context, XmlScanner& sc) {
    std::vector<CellRange> merges;
    if (!sc.skipToTag("mergeCells")) return merges;
    for (XmlScanner::Token t; (t = sc.next()) != XmlScanner::Token::End;) {
        if (t == XmlScanner::Token::EndTag) {
            if (sc.name() == "mergeCells") break;
            continue;
        }
        std::string_view ref;
        if (sc.name() != "mergeCell" || !sc.attribute("ref", ref)) continue;
        if (auto range = parseCellRange(ref)) {
            if (merges.size() >= context.limits->maxMergedRanges)
                throw SheetReadError(SheetErrorKind::LimitExceeded, *context.file, sc.part(),
                                     "more than " + std::to_string(context.limits->maxMergedRanges) + " merged ranges");
            merges.push_back(*range);
        }
    }
    return merges;
}

}  // namespace findings::sheetread::detail
