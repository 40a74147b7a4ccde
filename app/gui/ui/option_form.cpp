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

#include <cstddef>
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
bool isFamily(const std::string& name) {
    return name.size() > 2 && name.compare(name.size() - 2, 2, ".*") == 0;
}
/// "include_text" -> "Include text"
wxString labelFor(const std::string& name) {
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
        if (isFamily(spec.name)) {
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
                for (const auto& c : spec.choices) items.Add(wxs(c));
                auto* c = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, items);
                const int at = c->FindString(value, true);
                c->SetSelection(at == wxNOT_FOUND ? 0 : at);
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
            // Other controls get the help as a quiet line under them.
            auto* column = new wxBoxSizer(wxVERTICAL);
            column->Add(control, 0, wxEXPAND);
            auto* help = new wxStaticText(this, wxID_ANY, wxs(spec.help));
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
    if (auto* c = dynamic_cast<wxCheckBox*>(w)) return c->GetValue() ? "true" : "false";
    if (auto* s = dynamic_cast<wxSpinCtrl*>(w)) return std::to_string(s->GetValue());
    if (auto* c = dynamic_cast<wxChoice*>(w)) return utf8(c->GetStringSelection());
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
        if (auto* c = dynamic_cast<wxCheckBox*>(w)) c->SetValue(value == "true" || value == "1");
        else if (auto* s = dynamic_cast<wxSpinCtrl*>(w)) s->SetValue(std::stoi(value));
        else if (auto* c = dynamic_cast<wxChoice*>(w)) return c->SetStringSelection(wxs(value));
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
