# Per-language data files (src/<analysis>/data/<kind>_<lang>.txt) become C++ tables at build time.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
file(GLOB_RECURSE ARTICLE_LENS_DATA_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/*/data/*.txt")
set(ARTICLE_LENS_LANG_TABLES_CPP "${PROJECT_BINARY_DIR}/generated/lang_tables.cpp")
add_custom_command(
  OUTPUT "${ARTICLE_LENS_LANG_TABLES_CPP}"
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/scripts/gen_lang_tables.py"
          "${ARTICLE_LENS_LANG_TABLES_CPP}" ${ARTICLE_LENS_DATA_FILES}
  DEPENDS "${PROJECT_SOURCE_DIR}/scripts/gen_lang_tables.py" ${ARTICLE_LENS_DATA_FILES}
  COMMENT "Generating language tables from ${PROJECT_SOURCE_DIR}/src/*/data"
  VERBATIM)
