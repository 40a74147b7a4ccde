#include "ui/option_form.hpp"

#include "ui/wx_text.hpp"

#include <findings/sdk/convert.hpp>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdlib>
#include <sstream>

namespace findings::studio {

std::vector<OptionSpecView> readOptionSpecs(const fnd_option* const* options, size_t count) {
    std::vector<OptionSpecView> out;
    for (size_t i = 0; options && i < count; ++i) {
        const fnd_option* o = options[i];
        if (!o || o->struct_size < offsetof(fnd_option, help) + sizeof(fnd_str)) continue;
        OptionSpecView v;
        v.name = toString(o->name);
        v.type = o->type;
        v.defaultValue = toString(o->default_value);
        v.help = toString(o->help);
        if (o->struct_size >= offsetof(fnd_option, choice_count) + sizeof(size_t) && o->choices)
            for (size_t c = 0; c < o->choice_count; ++c) v.choices.push_back(toString(o->choices[c]));
        if (v.type == FND_OPT_CHOICE && v.choices.empty()) v.type = FND_OPT_STRING;
        out.push_back(std::move(v));
    }
    return out;
}

namespace {

constexpr const char* kListPhrase = "comma-separated list of ";

/// The items of a list option: its help ends "… as a comma-separated list of a,b,c." and
/// it is drawn as tick boxes, not a field to type names into. Empty for other options.
std::vector<std::string> listItems(const OptionSpecView& spec) {
    if (spec.type != FND_OPT_STRING) return {};
    const size_t at = spec.help.find(kListPhrase);
    if (at == std::string::npos) return {};
    std::string list = spec.help.substr(at + std::string(kListPhrase).size());
    while (!list.empty() && (list.back() == '.' || list.back() == ' ')) list.pop_back();
    std::vector<std::string> out;
    std::istringstream in(list);
    for (std::string item; std::getline(in, item, ',');) {
        for (char c : item)
            if (!(std::islower(static_cast<unsigned char>(c)) || c == '_' || c == '-')) return {};
        if (!item.empty()) out.push_back(item);
    }
    return out.size() >= 2 ? out : std::vector<std::string>{};
}

/// Tick boxes for a list option; its value is the ticked names, comma-separated.
class TickList final : public wxPanel {
public:
    TickList(wxWindow* parent, const std::vector<std::string>& items, const std::string& value)
        : wxPanel(parent, wxID_ANY), items_(items) {
        auto* row = new wxWrapSizer(wxHORIZONTAL);
        for (const auto& item : items_) {
            std::string label = item;
            for (char& c : label)
                if (c == '_') c = ' ';
            label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
            auto* box = new wxCheckBox(this, wxID_ANY, wxs(label));
            box->SetName("tick-" + wxs(item));
            boxes_.push_back(box);
            row->Add(box, 0, wxRIGHT | wxBOTTOM, FromDIP(8));
        }
        SetSizer(row);
        setValue(value);
    }
    std::string value() const {
        std::string out;
        for (size_t i = 0; i < items_.size(); ++i)
            if (boxes_[i]->GetValue()) out += (out.empty() ? "" : ",") + items_[i];
        return out;
    }
    void setValue(const std::string& value) {
        std::vector<std::string> chosen;
        std::istringstream in(value);
        for (std::string item; std::getline(in, item, ',');) chosen.push_back(item);
        for (size_t i = 0; i < items_.size(); ++i)
            boxes_[i]->SetValue(std::find(chosen.begin(), chosen.end(), items_[i]) != chosen.end());
    }

private:
    std::vector<std::string> items_;
    std::vector<wxCheckBox*> boxes_;
};

/// Plain names for options whose own names are programmers' words. The plugin's name is
/// still what is sent; only the label changes.
const char* plainLabel(const std::string& name) {
    if (name == "constant_memory") return "Very large projects:";
    if (name == "include_commentary") return "News and press releases:";
    if (name == "full_text") return "Finding text:";
    if (name == "include_hidden") return "Hidden rows:";
    return nullptr;
}

/// "Automatic", "Yes", "No" for the values a choice sends as auto/true/false.
wxString choiceLabel(const std::string& value) {
    if (value == "auto") return "Automatic";
    if (value == "true") return "Yes";
    if (value == "false") return "No";
    return wxs(value);
}

bool isFamily(const std::string& name) {
    return name.size() > 2 && name.compare(name.size() - 2, 2, ".*") == 0;
}
/// "include_text" -> "Include text"
wxString labelFor(const std::string& name) {
    if (const char* plain = plainLabel(name)) return plain;
    std::string out = isFamily(name) ? name.substr(0, name.size() - 2) + " (name=value per line)" : name;
    for (char& c : out)
        if (c == '_') c = ' ';
    // Short names are acronyms ("bom" -> "BOM"); others get a capital first letter.
    if (out.size() <= 3)
        for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return wxs(out) + ":";
}
}  // namespace

OptionForm::OptionForm(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("option-form");
    SetSizer(new wxBoxSizer(wxVERTICAL));
    setOptions({});
}

void OptionForm::setOptions(std::vector<OptionSpecView> specs) {
    specs_ = std::move(specs);
    controls_.clear();
    DestroyChildren();
    wxSizer* outer = GetSizer();
    outer->Clear(false);
    if (specs_.empty()) {
        outer->Add(new wxStaticText(this, wxID_ANY, "This format has no options."), 0, wxALL,
                   FromDIP(4));
        Layout();
        return;
    }
    const int gap = FromDIP(4);
    auto* grid = new wxFlexGridSizer(2, gap, 2 * gap);
    grid->AddGrowableCol(1);
    for (const auto& spec : specs_) {
        wxWindow* control = nullptr;
        const wxString value = wxs(spec.defaultValue);
        const std::vector<std::string> ticks = listItems(spec);
        if (!ticks.empty()) {
            control = new TickList(this, ticks, spec.defaultValue);
        } else if (isFamily(spec.name)) {
            auto* t = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                     wxTE_MULTILINE);
            t->SetMinSize(wxSize(-1, 3 * t->GetCharHeight()));
            control = t;
        } else {
            switch (spec.type) {
            case FND_OPT_BOOL: {
                // The help sentence is the clearest label a check box can have.
                auto* c = new wxCheckBox(this, wxID_ANY, wxs(spec.help.empty() ? spec.name : spec.help));
                c->SetValue(spec.defaultValue == "true" || spec.defaultValue == "1");
                control = c;
                break;
            }
            case FND_OPT_INT: {
                auto* s = new wxSpinCtrl(this, wxID_ANY);
                s->SetRange(-1000000, 1000000);
                long n = 0;
                if (value.ToLong(&n)) s->SetValue(static_cast<int>(n));
                control = s;
                break;
            }
            case FND_OPT_CHOICE: {
                wxArrayString items;
                for (const auto& c : spec.choices) items.Add(choiceLabel(c));
                auto* c = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, items);
                const auto at = std::find(spec.choices.begin(), spec.choices.end(), spec.defaultValue);
                c->SetSelection(at == spec.choices.end() ? 0 : static_cast<int>(at - spec.choices.begin()));
                control = c;
                break;
            }
            case FND_OPT_PATH:
                control = new wxFilePickerCtrl(this, wxID_ANY, value, "Choose a file",
                                               wxFileSelectorDefaultWildcardStr, wxDefaultPosition,
                                               wxDefaultSize, wxFLP_USE_TEXTCTRL | wxFLP_OPEN);
                break;
            case FND_OPT_STRING:
            default:
                // A password is not shown on screen while it is typed.
                control = new wxTextCtrl(this, wxID_ANY, value, wxDefaultPosition, wxDefaultSize,
                                         spec.name.find("password") != std::string::npos ? wxTE_PASSWORD : 0);
                break;
            }
        }
        control->SetName("option-" + wxs(spec.name));
        control->SetToolTip(wxs(spec.help));
        control->SetHelpText(wxs(spec.help));
        auto* label = new wxStaticText(this, wxID_ANY, labelFor(spec.name));
        label->SetToolTip(wxs(spec.help));
        grid->Add(label, 0, wxALIGN_CENTER_VERTICAL);
        if (spec.type == FND_OPT_BOOL || spec.help.empty()) {
            grid->Add(control, 1, wxEXPAND);
        } else {
            // Other controls get the help as a quiet line under them; tick boxes show the
            // names themselves, so not the list of them.
            std::string helpText = spec.help;
            if (!ticks.empty()) helpText = helpText.substr(0, helpText.find(kListPhrase));
            while (!helpText.empty() && (helpText.back() == ' ' || helpText.back() == ',')) helpText.pop_back();
            if (!ticks.empty() && helpText.size() > 3 && helpText.compare(helpText.size() - 3, 3, " as") == 0)
                helpText.resize(helpText.size() - 3);
            auto* column = new wxBoxSizer(wxVERTICAL);
            column->Add(control, 0, wxEXPAND);
            auto* help = new wxStaticText(this, wxID_ANY, wxs(helpText));
            help->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
            column->Add(help, 0, wxTOP, FromDIP(2));
            grid->Add(column, 1, wxEXPAND);
        }
        controls_.push_back(control);
    }
    outer->Add(grid, 0, wxEXPAND | wxALL, gap);
    Layout();
}

std::string OptionForm::valueOf(size_t i) const {
    wxWindow* w = controls_[i];
    if (auto* t = dynamic_cast<TickList*>(w)) return t->value();
    if (auto* c = dynamic_cast<wxCheckBox*>(w)) return c->GetValue() ? "true" : "false";
    if (auto* s = dynamic_cast<wxSpinCtrl*>(w)) return std::to_string(s->GetValue());
    if (auto* c = dynamic_cast<wxChoice*>(w)) {
        // The label is for people; the plugin gets the value it declared.
        const int n = c->GetSelection();
        return n >= 0 && static_cast<size_t>(n) < specs_[i].choices.size() ? specs_[i].choices[static_cast<size_t>(n)]
                                                                            : std::string();
    }
    if (auto* p = dynamic_cast<wxFilePickerCtrl*>(w)) return utf8(p->GetPath());
    if (auto* t = dynamic_cast<wxTextCtrl*>(w)) return utf8(t->GetValue());
    return {};
}

Properties OptionForm::values() const {
    Properties out;
    for (size_t i = 0; i < specs_.size(); ++i) {
        const std::string value = valueOf(i);
        if (isFamily(specs_[i].name)) {
            // One "name=value" per line; the name is the part after the family prefix.
            const std::string prefix = specs_[i].name.substr(0, specs_[i].name.size() - 1);
            std::istringstream lines(value);
            for (std::string line; std::getline(lines, line);) {
                const size_t eq = line.find('=');
                if (eq == std::string::npos || eq == 0) continue;
                out.emplace_back(prefix + line.substr(0, eq), line.substr(eq + 1));
            }
            continue;
        }
        const bool isDefault =
            value == specs_[i].defaultValue ||
            (specs_[i].type == FND_OPT_BOOL && specs_[i].defaultValue.empty() && value == "false");
        if (!isDefault) out.emplace_back(specs_[i].name, value);
    }
    return out;
}

bool OptionForm::setValue(const std::string& name, const std::string& value) {
    for (size_t i = 0; i < specs_.size(); ++i) {
        if (specs_[i].name != name) continue;
        wxWindow* w = controls_[i];
        if (auto* t = dynamic_cast<TickList*>(w)) t->setValue(value);
        else if (auto* c = dynamic_cast<wxCheckBox*>(w)) c->SetValue(value == "true" || value == "1");
        else if (auto* s = dynamic_cast<wxSpinCtrl*>(w)) s->SetValue(static_cast<int>(std::strtol(value.c_str(), nullptr, 10)));
        else if (auto* c = dynamic_cast<wxChoice*>(w)) {
            const auto& choices = specs_[i].choices;
            const auto at = std::find(choices.begin(), choices.end(), value);
            if (at == choices.end()) return false;
            c->SetSelection(static_cast<int>(at - choices.begin()));
        }
        else if (auto* p = dynamic_cast<wxFilePickerCtrl*>(w)) p->SetPath(wxs(value));
        else if (auto* t = dynamic_cast<wxTextCtrl*>(w)) t->ChangeValue(wxs(value));
        return true;
    }
    return false;
}

wxWindow* OptionForm::controlFor(const std::string& name) const {
    for (size_t i = 0; i < specs_.size(); ++i)
        if (specs_[i].name == name) return controls_[i];
    return nullptr;
}

}  // namespace findings::studio
