// A form drawn from a plugin's declared options (fnd_option): a text field, check box,
// number, choice or file picker per option, with the option's help as tooltip. Values come
// back as the Properties a plugin call takes; options left at their default are omitted so
// the plugin's own default applies.
#pragma once

#include <findings/plugin.h>
#include <findings/sdk/records.hpp>

#include <wx/panel.h>

#include <string>
#include <vector>

class wxFlexGridSizer;

namespace findings::studio {

/// One declared option, copied out of the plugin's descriptor.
struct OptionSpecView {
    std::string name;
    fnd_option_type type = FND_OPT_STRING;
    std::string defaultValue;
    std::string help;
    std::vector<std::string> choices;
};

/// Reads a plugin's option table (tolerating older, shorter option structs).
std::vector<OptionSpecView> readOptionSpecs(const fnd_option* const* options, size_t count);

class OptionForm final : public wxPanel {
public:
    explicit OptionForm(wxWindow* parent);

    /// Rebuilds the form for these options (an empty list shows "No options").
    void setOptions(std::vector<OptionSpecView> specs);
    /// Every option whose value differs from its default.
    Properties values() const;
    /// Sets one option's control; false when there is no such option.
    bool setValue(const std::string& name, const std::string& value);
    /// The control of an option (tests), or nullptr.
    wxWindow* controlFor(const std::string& name) const;
    size_t optionCount() const { return specs_.size(); }

private:
    std::string valueOf(size_t i) const;
    std::vector<OptionSpecView> specs_;
    std::vector<wxWindow*> controls_;
};

}  // namespace findings::studio
