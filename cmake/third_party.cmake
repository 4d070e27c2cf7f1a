# utf8proc and Snowball, compiled from the sources scripts/bootstrap.sh fetched from Debian, so the
# native and the wasm builds use the very same versions.
set(UTF8PROC_DIR "${ARTICLE_LENS_THIRD_PARTY_DIR}/utf8proc-2.8.0")
set(SNOWBALL_DIR "${ARTICLE_LENS_THIRD_PARTY_DIR}/snowball-2.2.0")
foreach(required "${UTF8PROC_DIR}/utf8proc.c" "${SNOWBALL_DIR}/src_c/stem_UTF_8_english.c")
  if(NOT EXISTS "${required}")
    message(FATAL_ERROR "${required} is missing: run scripts/bootstrap.sh first")
  endif()
endforeach()

add_library(utf8proc STATIC "${UTF8PROC_DIR}/utf8proc.c")
add_library(utf8proc::utf8proc ALIAS utf8proc)
target_include_directories(utf8proc SYSTEM PUBLIC "${UTF8PROC_DIR}")
target_compile_definitions(utf8proc PUBLIC UTF8PROC_STATIC)

# Only the UTF-8 stemmers and Snowball's runtime; the core has its own small registry of them.
file(GLOB SNOWBALL_STEMMERS "${SNOWBALL_DIR}/src_c/stem_UTF_8_*.c")
add_library(snowball_stemmer STATIC ${SNOWBALL_STEMMERS} "${SNOWBALL_DIR}/runtime/api.c"
                                    "${SNOWBALL_DIR}/runtime/utilities.c")
add_library(snowball::stemmer ALIAS snowball_stemmer)
target_include_directories(snowball_stemmer SYSTEM PUBLIC "${SNOWBALL_DIR}/src_c" "${SNOWBALL_DIR}/runtime")
