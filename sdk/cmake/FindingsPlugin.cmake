# findings_add_plugin(NAME SOURCES src... [OUTPUT_DIRECTORY dir])
#
# Builds a Findings Studio plugin: a MODULE library named NAME.findings-plugin (the suffix
# tells the host which files are plugins), with hidden visibility and a linker version script
# (findings-plugin.map) so the entry symbol is the only one exported, and --no-undefined
# (-z defs) so a missing symbol fails the link instead of killing the host at the first call.
include_guard(GLOBAL)
set(_FINDINGS_PLUGIN_MAP ${CMAKE_CURRENT_LIST_DIR}/findings-plugin.map)
function(findings_add_plugin name)
  cmake_parse_arguments(ARG "" "OUTPUT_DIRECTORY" "SOURCES" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "findings_add_plugin(${name}) needs SOURCES")
  endif()
  add_library(${name} MODULE ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    SUFFIX ".findings-plugin"
    C_VISIBILITY_PRESET hidden
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  endif()
  if(TARGET Findings::sdk)
    target_link_libraries(${name} PRIVATE Findings::sdk)
  endif()
  if(NOT APPLE AND NOT WIN32)
    target_link_options(${name} PRIVATE "LINKER:--no-undefined" "LINKER:-z,defs"
                        "LINKER:--version-script=${_FINDINGS_PLUGIN_MAP}")
    set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS ${_FINDINGS_PLUGIN_MAP})
  endif()
endfunction()
