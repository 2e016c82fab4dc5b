// The host of a precompiled header that the tests reuse (tests/CMakeLists.txt); it has no code.
int main()
{
    return 0;
}
