# Fails when a user-visible string in the code has no French translation: runs lupdate on a
# copy of the committed French file and looks for unfinished entries.
file(COPY_FILE "${TS_FILE}" "${WORK_DIR}/check_fr.ts")
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -silent
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/services" "${SOURCE_DIR}/widgets"
            -ts "${WORK_DIR}/check_fr.ts"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(STRINGS "${WORK_DIR}/check_fr.ts" unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    execute_process(COMMAND grep -B3 "type=\"unfinished\"" "${WORK_DIR}/check_fr.ts")
    message(FATAL_ERROR "${count} string(s) without a French translation: run the "
                        "update_translations target and translate them in translations/datastackpanel_fr.ts")
endif()
# The English file carries the plural forms ("%n sync(s)" -> "1 sync", "2 syncs"): one left
# empty shows "(s)" to English users.
file(COPY_FILE "${EN_TS_FILE}" "${WORK_DIR}/check_en.ts")
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -silent -pluralonly
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/services" "${SOURCE_DIR}/widgets"
            -ts "${WORK_DIR}/check_en.ts"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(STRINGS "${WORK_DIR}/check_en.ts" emptyForms REGEX "<numerusform></numerusform>")
list(LENGTH emptyForms count)
if(count GREATER 0)
    execute_process(COMMAND grep -B4 "<numerusform></numerusform>" "${WORK_DIR}/check_en.ts")
    message(FATAL_ERROR "${count} English plural form(s) left empty: run the "
                        "update_translations target and fill them in translations/datastackpanel_en.ts")
endif()
message(STATUS "translations: French complete, English plurals filled")
