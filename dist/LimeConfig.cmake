# LimeConfig.cmake: the Lime toolchain for CMake (installed by `make install`
# into PREFIX/lib/cmake/Lime; relocatable: paths are relative to this file).
#
#   find_package(Lime REQUIRED)
#   lime_add_executable(hello SOURCES src/Hello.java [MAIN app.Main]
#                       [OPTIONS -O3 --target=cpu,gpu])
#
# lime_add_executable builds the executable ${CMAKE_CURRENT_BINARY_DIR}/lime-bin/NAME
# with limec (and NAME.artifacts/, the devices' artifacts beside it), rebuilt
# when any file limec read changes (its -MD depfile: sources, liblime.a,
# store modules).  The target NAME is a custom target (built by `all`);
# its property LIME_EXECUTABLE is the executable's path, for add_test or
# add_custom_command:  add_test(NAME t COMMAND $<TARGET_PROPERTY:hello,LIME_EXECUTABLE>)
#
#   lime_add_library(kernels SOURCES Kernels.lime [OPTIONS --target=cpu,gpu])
#
# lime_add_library builds the static library
# ${CMAKE_CURRENT_BINARY_DIR}/lime-lib/libNAME.a for C programs (limec
# --emit=lib), its header NAME.h beside it and libNAME.a.artifacts/; NAME is
# an imported library target carrying the header's folder and
# Lime::devices:  target_link_libraries(prog PRIVATE kernels)
#
# Also defined:
#   LIME_COMPILER     the limec executable
#   LIME_VERSION      the package's version
#   Lime::runtime     imported static library liblime.a with lime.h's folder
#                     and the libraries its core needs, for C and C++ targets
#   Lime::devices     Lime::runtime with the libraries of its devices
#                     (OpenCL, libyaml, libcrypto), for code with device tasks
cmake_minimum_required(VERSION 3.20)   # add_custom_command DEPFILE with every generator

get_filename_component(_lime_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(LIME_COMPILER "${_lime_prefix}/bin/limec")
if(NOT EXISTS "${LIME_COMPILER}")
  set(Lime_FOUND FALSE)
  set(Lime_NOT_FOUND_MESSAGE "limec is not at ${LIME_COMPILER}")
  return()
endif()
include("${CMAKE_CURRENT_LIST_DIR}/LimeConfigVersion.cmake")
set(LIME_VERSION "${PACKAGE_VERSION}")

if(NOT TARGET Lime::runtime)
  add_library(Lime::runtime STATIC IMPORTED)
  set_target_properties(Lime::runtime PROPERTIES
    IMPORTED_LOCATION "${_lime_prefix}/lib/liblime.a"
    INTERFACE_INCLUDE_DIRECTORIES "${_lime_prefix}/include"
    INTERFACE_LINK_LIBRARIES "gc;m;pthread")
  add_library(Lime::devices INTERFACE IMPORTED)
  set_target_properties(Lime::devices PROPERTIES INTERFACE_LINK_LIBRARIES "Lime::runtime;OpenCL;yaml;crypto")
endif()

# The absolute paths of a function's SOURCES
function(_lime_sources out)
  set(sources)
  foreach(src IN LISTS ARGN)
    get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND sources "${abs}")
  endforeach()
  set(${out} ${sources} PARENT_SCOPE)
endfunction()

function(lime_add_executable name)
  cmake_parse_arguments(PARSE_ARGV 1 LIME "" "MAIN" "SOURCES;OPTIONS")
  if(NOT LIME_SOURCES)
    message(FATAL_ERROR "lime_add_executable(${name}): no SOURCES")
  endif()
  if(LIME_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "lime_add_executable(${name}): unknown arguments ${LIME_UNPARSED_ARGUMENTS}")
  endif()
  _lime_sources(sources ${LIME_SOURCES})
  set(main)
  if(LIME_MAIN)
    set(main --main "${LIME_MAIN}")
  endif()
  # The executable lives in a folder of its own, lime-bin/: Ninja cannot
  # have a file and a target of one name in one folder.
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/lime-bin")
  set(exe "${dir}/${name}")
  add_custom_command(
    OUTPUT "${exe}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${dir}"
    COMMAND "${LIME_COMPILER}" ${LIME_OPTIONS} ${main} -MD -MF "${exe}.d" -MT "${exe}" -o "${exe}" -- ${sources}
    DEPENDS ${sources} "${LIME_COMPILER}"
    DEPFILE "${exe}.d"
    COMMENT "limec: building ${name}"
    VERBATIM)
  add_custom_target(${name} ALL DEPENDS "${exe}")
  set_target_properties(${name} PROPERTIES LIME_EXECUTABLE "${exe}" ADDITIONAL_CLEAN_FILES "${exe}.artifacts")
endfunction()

function(lime_add_library name)
  cmake_parse_arguments(PARSE_ARGV 1 LIME "" "" "SOURCES;OPTIONS")
  if(NOT LIME_SOURCES)
    message(FATAL_ERROR "lime_add_library(${name}): no SOURCES")
  endif()
  if(LIME_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "lime_add_library(${name}): unknown arguments ${LIME_UNPARSED_ARGUMENTS}")
  endif()
  _lime_sources(sources ${LIME_SOURCES})
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/lime-lib")
  set(lib "${dir}/lib${name}.a")
  file(MAKE_DIRECTORY "${dir}")   # an imported target's include folder must exist
  add_custom_command(
    OUTPUT "${lib}" "${dir}/${name}.h"
    COMMAND "${LIME_COMPILER}" ${LIME_OPTIONS} --emit=lib -MD -MF "${lib}.d" -MT "${lib}" -o "${lib}" -- ${sources}
    DEPENDS ${sources} "${LIME_COMPILER}"
    DEPFILE "${lib}.d"
    COMMENT "limec: building library ${name}"
    VERBATIM)
  add_custom_target(${name}_lime ALL DEPENDS "${lib}" "${dir}/${name}.h")
  add_library(${name} STATIC IMPORTED GLOBAL)
  set_target_properties(${name} PROPERTIES
    IMPORTED_LOCATION "${lib}"
    INTERFACE_INCLUDE_DIRECTORIES "${dir}"
    INTERFACE_LINK_LIBRARIES Lime::devices)
  add_dependencies(${name} ${name}_lime)
  set_property(TARGET ${name}_lime PROPERTY ADDITIONAL_CLEAN_FILES "${lib}.artifacts")
endfunction()
