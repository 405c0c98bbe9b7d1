# panelpack_embed(TARGET NAMESPACE ns FILES dir...)
# Compiles every file below the given folders into TARGET as a table of
# (relative path, bytes), so the binary carries its default templates and
# styles and runs from any folder.
function(panelpack_embed target)
  cmake_parse_arguments(ARG "" "NAMESPACE" "FILES" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}.cpp)
  set(inputs)
  foreach(dir IN LISTS ARG_FILES)
    file(GLOB_RECURSE found CONFIGURE_DEPENDS ${dir}/*)
    list(APPEND inputs ${found})
  endforeach()
  list(SORT inputs)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DROOT=${PROJECT_SOURCE_DIR}
            -DNS=${ARG_NAMESPACE} "-DINPUTS=${inputs}"
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_generate.cmake
    DEPENDS ${inputs} ${PROJECT_SOURCE_DIR}/cmake/embed_generate.cmake
    VERBATIM)
  add_library(${target} STATIC ${out})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
endfunction()
