# Runs each test function of a Qt Test executable in a process of its own, so that a function
# passing only after an earlier one has run (shared servers, left-over state) shows up.
#   cmake -DTEST_BINARY=<path> [-DFUNCTION_TIMEOUT=<seconds>] -P run_functions_alone.cmake
# Lists the functions with `<binary> -functions`, runs `<binary> <function>` for each (Qt Test
# adds initTestCase and cleanupTestCase), reports every function, prints the output of those
# that failed and fails when any did. dsp_add_test() adds it as <name>_each_alone.
cmake_minimum_required(VERSION 3.25)

if(NOT TEST_BINARY)
    message(FATAL_ERROR "run_functions_alone: pass -DTEST_BINARY=<test executable>")
endif()
if(NOT FUNCTION_TIMEOUT)
    set(FUNCTION_TIMEOUT 300)
endif()
get_filename_component(test_name "${TEST_BINARY}" NAME)

execute_process(COMMAND "${TEST_BINARY}" -functions
    OUTPUT_VARIABLE listing ERROR_VARIABLE listing RESULT_VARIABLE result
    TIMEOUT 60)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${test_name} -functions failed (${result}):\n${listing}")
endif()

# One "name()" per line; anything else (a Qt warning, say) is not a function.
string(REPLACE "\n" ";" lines "${listing}")
set(functions "")
foreach(line IN LISTS lines)
    if(line MATCHES "^([A-Za-z_][A-Za-z0-9_]*)\\(\\)$")
        list(APPEND functions "${CMAKE_MATCH_1}")
    endif()
endforeach()
list(LENGTH functions count)
if(count EQUAL 0)
    message(FATAL_ERROR "${test_name} -functions listed no test function:\n${listing}")
endif()

message("${test_name}: running each of ${count} test functions alone")
set(failed "")
set(failure_report "")
foreach(function IN LISTS functions)
    string(TIMESTAMP started "%s")
    execute_process(COMMAND "${TEST_BINARY}" "${function}"
        OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE result
        TIMEOUT ${FUNCTION_TIMEOUT})
    string(TIMESTAMP finished "%s")
    math(EXPR seconds "${finished} - ${started}")
    if(result EQUAL 0)
        message("  PASS  ${function} (${seconds} s)")
    else()
        message("  FAIL  ${function} (${seconds} s, exit: ${result})")
        list(APPEND failed "${function}")
        string(APPEND failure_report
            "\n===== ${test_name} ${function} (run alone; exit: ${result}) =====\n${output}")
    endif()
endforeach()

if(failed)
    list(LENGTH failed failed_count)
    list(JOIN failed ", " failed_names)
    message("${failure_report}")
    message(FATAL_ERROR
        "${test_name}: ${failed_count} of ${count} test functions failed when run alone: "
        "${failed_names}")
endif()
message("${test_name}: all ${count} test functions pass alone")
