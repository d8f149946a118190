# Assets (the rubric, the page's font) travel inside the program as C++ byte arrays, in the
# native and the web build alike. This one file has two roles:
#
#  - include(cmake/embed_asset.cmake) in a project defines
#      embed_asset(<target> <file> <symbol>)
#    which compiles <file> into <target>, regenerated whenever the file (or this script)
#    changes. The code then declares
#      extern const unsigned char <symbol>[];   // the bytes, with a 0 after them
#      extern const std::size_t <symbol>_size;  // their number, without that 0
#
#  - run as a script, it writes that source file (this is what embed_asset's build step does):
#      cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=name -P cmake/embed_asset.cmake

if(NOT CMAKE_SCRIPT_MODE_FILE)
  function(embed_asset target file symbol)
    set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cpp")
    add_custom_command(
      OUTPUT "${output}"
      COMMAND "${CMAKE_COMMAND}" -DINPUT=${file} -DOUTPUT=${output} -DSYMBOL=${symbol}
              -P "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
      DEPENDS "${file}" "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
      COMMENT "Embedding ${file}"
      VERBATIM)
    target_sources(${target} PRIVATE "${output}")
  endfunction()
  return()
endif()

foreach(required INPUT OUTPUT SYMBOL)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "embed_asset.cmake: -D${required}= is required (see the top of this file)")
  endif()
endforeach()
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x..,){24})" "\\1\n" bytes "${bytes}")
# Written aside and renamed: an interrupted build never leaves half an array behind.
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/embed_asset.cmake. Do not edit.\n"
"#include <cstddef>\n"
"extern const unsigned char ${SYMBOL}[] = {\n${bytes}0x00};\n"
"extern const std::size_t ${SYMBOL}_size = ${size};\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
