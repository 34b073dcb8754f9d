// Catch2 main for unit tests. SystemC owns main(), so Catch2 runs from sc_main.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <systemc>

int sc_main(int argc, char* argv[])
{
    return Catch::Session().run(argc, argv);
}
