// The exception textdecode throws for input that cannot be read as text.
#pragma once

#include <stdexcept>
#include <string>

namespace findings::text {

/// Input that is binary rather than text. what() names the input (when the caller gave a
/// name) and the cause: "notes.csv: binary data, not text (NUL byte at offset 12)".
class TextDecodeError : public std::runtime_error {
public:
    /// `name` is the input's display name (may be empty); `detail` the cause.
    TextDecodeError(const std::string& name, const std::string& detail);
    /// The cause alone, without the name.
    const std::string& detail() const noexcept { return detail_; }

private:
    std::string detail_;
};

}  // namespace findings::text
