# Sourced by the system test scripts. no_sanitizer_report FILE...: fails (exit
# status 1, with the report shown) when one of the files, which hold virt64's
# stderr, contains a sanitizer report (the -DVP_SANITIZE build: UBSan
# "runtime error:", AddressSanitizer, LeakSanitizer).
no_sanitizer_report() {
    for f in "$@"; do
        if grep -qE 'runtime error:|AddressSanitizer|LeakSanitizer' "$f" 2>/dev/null; then
            echo "FAIL: sanitizer report in $f:"
            grep -E -A20 'runtime error:|AddressSanitizer|LeakSanitizer' "$f" | head -60
            return 1
        fi
    done
    return 0
}
