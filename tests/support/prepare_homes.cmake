# cmake -DHOMES=DIR -DSUITES=a,b,c -P prepare_homes.cmake: a fresh, empty home per suite, with the
# temp and runtime folders that must exist before a program starts (the runtime one private).
file(REMOVE_RECURSE "${HOMES}")
string(REPLACE "," ";" suites "${SUITES}")
foreach(suite IN LISTS suites)
    file(MAKE_DIRECTORY "${HOMES}/${suite}/tmp")
    file(MAKE_DIRECTORY "${HOMES}/${suite}/runtime")
    file(CHMOD "${HOMES}/${suite}/runtime" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endforeach()
