#include "commands.hpp"

namespace findings::cli {

std::string helpText(const std::string& command) {
    if (command == "plugins")
        return "usage: findings plugins [--json]\n\n"
               "Lists each loaded plugin (id, version, ABI, importers and exporters with their\n"
               "extensions, file path), then each file that failed to load and why.\n";
    if (command == "plugin-check")
        return "usage: findings plugin-check PLUGIN [FILE...] [--option KEY=VALUE]...\n\n"
               "Checks one plugin library for its author, as the host would use it: loads it\n"
               "(entry symbol, SDK version, descriptor), checks each importer's and exporter's\n"
               "extensions and declared options (names, help, types, defaults), exports a small\n"
               "sample set with each exporter, and for each FILE runs every importer's identify\n"
               "(twice, once from another thread) and imports it with the importer that claims\n"
               "it. Every record is checked as the host checks it at import. Each call is timed,\n"
               "and calls the plugin makes from other threads are counted.\n"
               "  --option KEY=VALUE   pass an option to every import and export (repeatable)\n"
               "  --time-limit SECONDS how long the whole check may take (default 120)\n"
               "Prints a report; exits 0 when there is no problem, 1 otherwise. The check runs in\n"
               "a child process: a plugin that crashes or hangs is reported as such, after the\n"
               "lines it got through (--in-process runs it here, for a debugger). The same checks\n"
               "are a library for a plugin's own tests: Findings::plugin_check (see the SDK's\n"
               "README).\n";
    if (command == "inspect")
        return "usage: findings inspect FILE...\n\n"
               "Shows which importer would take each file, and every importer's confidence\n"
               "(0-100, or - when it does not recognise the file) with a one-line reason.\n";
    if (command == "validate")
        return "usage: findings validate FILE.findings.json...\n\n"
               "Checks each document against the findings format's JSON Schema and its\n"
               "internal references (every finding's source exists, ids are unique),\n"
               "reporting each problem with its JSON path.\n";
    if (command == "import")
        return "usage: findings import FILE... -o OUT.findings.json [options]\n\n"
               "Imports letters, reports, articles and spreadsheets into one findings document.\n"
               "  --importer ID        use this importer instead of choosing by content\n"
               "  --option KEY=VALUE   pass an option to the importer (repeatable)\n"
               "  --profile NAME|FILE  use a saved import profile (importer and options)\n"
               "  --link               link follow-ups after importing (see findings link)\n"
               "A FILE may be a folder: the files below it that an importer reads are taken\n"
               "(hidden ones skipped). A bad file is reported and the rest of the batch goes on.\n";
    if (command == "convert")
        return "usage: findings convert FILE... -o OUT [--to EXPORTER] [options]\n\n"
               "Imports the files and exports them in one step. The exporter is the one named\n"
               "by --to (an id or an extension), or else the one that writes OUT's extension.\n"
               "Takes the same options as import; --option values reach the exporter too.\n";
    if (command == "link")
        return "usage: findings link IN.findings.json... -o OUT.findings.json [--threshold X]\n\n"
               "Links follow-ups across visits, per local authority in date order: each later\n"
               "inspection finding to the improvement points of the last full report it follows\n"
               "up (with a stance: improved, not_improved, mixed, unclear), each plan item to the\n"
               "point or weakness it responds to, and commentary to the finding it restates.\n"
               "Every link has a confidence and its evidence. Links at or above the threshold\n"
               "(default 0.5) are shown by default; the rest are kept as proposals for review.\n"
               "Links people made, accepted or rejected are kept as they are.\n"
               "  --threshold X        the confidence (0-1) at which links are shown\n"
               "  --no-concepts        match on words and themes alone, without concepts.json\n"
               "`findings import ... --link` links straight after importing.\n";
    if (command == "merge")
        return "usage: findings merge BASE.findings.json EDITED -o OUT.findings.json\n\n"
               "Applies the edits made in EDITED (a workbook exported by Findings Studio and\n"
               "edited by a manager, or any importable findings file) onto BASE: action, owner,\n"
               "due date, status, themes, strength/weakness and review. Each change is reported;\n"
               "where BASE and EDITED both changed one field differently, BASE is kept and the\n"
               "conflict is reported.\n";
    return "usage: findings [global options] COMMAND [arguments]\n\n"
           "Commands:\n"
           "  plugins     list loaded plugins and load failures\n"
           "  plugin-check  check one plugin library for its author\n"
           "  inspect     show which importer would take each file, and why\n"
           "  validate    check findings documents against the schema\n"
           "  import      import files into a .findings.json document\n"
           "  convert     import files and export them (CSV, JSON, Excel, ...)\n"
           "  merge       apply a manager's edits onto a findings document\n"
           "  link        link follow-ups: what became of each area for improvement\n\n"
           "Global options (before or after the command):\n"
           "  --plugin-dir DIR     also load plugins from DIR (repeatable)\n"
           "  --report FILE.json   write every diagnostic as JSON for scripts\n"
           "  -q, --quiet          print only warnings and errors\n"
           "  --max-input-mb N     refuse input files larger than N MB (default 4096)\n"
           "  --memory-limit MB    memory each import may use (default 2048)\n"
           "  --time-limit SECONDS time each file may take to import (default 120)\n"
           "  --in-process         run plugins inside findings (debugging; no limits)\n"
           "  -h, --help           help for findings or for a command\n"
           "  --version            print versions\n\n"
           "Outputs (-o, --report) are regular files, replaced atomically (a link is written\n"
           "through to its file); \"-\" is standard output. Devices, FIFOs and folders are refused.\n"
           "Exit status: 0 all succeeded, 1 some files failed, 2 usage error, 130 interrupted\n"
           "(Ctrl-C or SIGTERM: existing outputs are left as they were).\n"
           "Plugins run in findings-worker processes: a plugin that crashes, hangs or runs\n"
           "out of memory fails only the file it was on. Each plugin file is first tried in\n"
           "a child process (verdicts cached in ~/.cache/findings-studio/plugin-scan.json).\n"
           "Plugins are searched in each --plugin-dir first, then beside the binaries\n"
           "(../lib/findings/plugins), in each folder of $FINDINGS_PLUGIN_PATH and in\n"
           "~/.local/share/findings-studio/plugins; the first copy of a plugin id wins, and\n"
           "a later copy is named in a warning.\n";
}

}  // namespace findings::cli
