#include <findings/core/diagnostics.hpp>
#include <findings/format/json_text.hpp>

#include <cstdio>

namespace findings::core {

const char* severityName(Severity s) {
    switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    }
    return "error";
}

std::string cellName(std::int64_t row, std::int64_t column) {
    std::string letters;
    for (std::int64_t c = column; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row);
}

std::string terminalSafe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    auto hex = [&](const char* prefix, unsigned value, int width) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%s%0*x", prefix, width, value);
        out += buf;
    };
    for (size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            if (c == '\t') out += "\\t";
            else if (c == '\n') out += "\\n";
            else if (c == '\r') out += "\\r";
            else hex("\\x", c, 2);
            ++i;
            continue;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        // One UTF-8 sequence, or its first byte shown as an escape when it is not one.
        const int extra = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? (c <= 0xEF ? 2 : -1) : c >= 0xC2 ? 1 : -1;
        unsigned code = extra == 1 ? c & 0x1Fu : extra == 2 ? c & 0x0Fu : c & 0x07u;
        bool ok = extra > 0 && i + static_cast<size_t>(extra) < text.size();
        for (int k = 1; ok && k <= extra; ++k) {
            const auto b = static_cast<unsigned char>(text[i + static_cast<size_t>(k)]);
            if (b < 0x80 || b > 0xBF) ok = false;
            else code = (code << 6) | (b & 0x3Fu);
        }
        if (ok && ((extra == 2 && code < 0x800) || (extra == 3 && (code < 0x10000 || code > 0x10FFFF))))
            ok = false;
        if (!ok) {
            hex("\\x", c, 2);
            ++i;
            continue;
        }
        const bool control = (code >= 0x80 && code <= 0x9F) ||            // C1, CSI among them
                             (code >= 0x202A && code <= 0x202E) ||        // direction embeddings
                             (code >= 0x2066 && code <= 0x2069) ||        // direction isolates
                             code == 0x200E || code == 0x200F || code == 0x2028 || code == 0x2029;
        if (control) hex("\\u", code, 4);
        else out.append(text.substr(i, static_cast<size_t>(extra) + 1));
        i += static_cast<size_t>(extra) + 1;
    }
    return out;
}

std::string Diagnostic::locationText() const {
    if (!path.empty()) return path;
    if (!sheet.empty()) {
        if (row > 0 && column > 0) return sheet + "!" + cellName(row, column);
        if (row > 0) return sheet + "!row " + std::to_string(row);
        return sheet;
    }
    if (row > 0) return "row " + std::to_string(row);
    if (line > 0) return std::to_string(line);
    if (page > 0) return "page " + std::to_string(page);
    return {};
}

std::string Diagnostic::format() const {
    std::string out;
    if (!file.empty()) out += file + ":";
    std::string where = locationText();
    if (!where.empty()) out += where + ":";
    if (!out.empty()) out += " ";
    out += severityName(severity);
    out += ": ";
    out += message;
    return terminalSafe(out);
}

void DiagnosticList::add(Diagnostic d) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (forward_) forward_(d);
    else items_.push_back(std::move(d));
}

void DiagnosticList::forwardTo(std::function<void(const Diagnostic&)> forward) {
    std::lock_guard<std::mutex> lock(mutex_);
    forward_ = std::move(forward);
}

std::vector<Diagnostic> DiagnosticList::all() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return items_;
}

size_t DiagnosticList::errorCount() const {
    std::lock_guard<std::mutex> lock(mutex_);
    size_t n = 0;
    for (const auto& d : items_) n += d.severity == Severity::Error;
    return n;
}

size_t DiagnosticList::size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return items_.size();
}

std::string diagnosticsToJson(const std::vector<Diagnostic>& diagnostics) {
    JsonText j(2);
    j.beginArray();
    for (const auto& d : diagnostics) {
        j.beginObject();
        j.field("file", d.file);
        if (d.line > 0) j.field("line", d.line);
        if (!d.sheet.empty()) j.field("sheet", d.sheet);
        if (d.row > 0) j.field("row", d.row);
        if (d.column > 0) j.field("column", d.column);
        if (d.page > 0) j.field("page", d.page);
        if (!d.path.empty()) j.field("path", d.path);
        j.field("severity", std::string(severityName(d.severity)));
        j.field("code", d.code);
        j.field("message", d.message);
        j.endObject();
    }
    j.endArray();
    return j.take();
}

}  // namespace findings::core
