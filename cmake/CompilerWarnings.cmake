# Every target links dsp_warnings, so the flags live in one place.
add_library(dsp_warnings INTERFACE)
if(MSVC)
    target_compile_options(dsp_warnings INTERFACE /W4 /permissive-)
    if(DSP_WARNINGS_AS_ERRORS)
        target_compile_options(dsp_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(dsp_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual)
    if(DSP_WARNINGS_AS_ERRORS)
        target_compile_options(dsp_warnings INTERFACE -Werror)
    endif()
endif()
